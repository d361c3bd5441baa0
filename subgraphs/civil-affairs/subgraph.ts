import { transaction } from '../shared/db/transaction';
import type { SubgraphDefinition } from '../shared/subgraph/subgraph-definition';
import { Area } from './area/area.entity';
import { areaReference } from './area/area.reference';
import { AreaResolver } from './area/area.resolver';
import { AbilityAssessment } from './assessment/ability-assessment.entity';
import { AbilityAssessmentResolver, ElderAbilityAssessmentResolver } from './assessment/ability-assessment.resolver';
import { Bed } from './bed/bed.entity';
import { BedResolver, InstitutionBedResolver } from './bed/bed.resolver';
import { Elder } from './elder/elder.entity';
import { elderReference } from './elder/elder.reference';
import { ElderResolver } from './elder/elder.resolver';
import { Institution } from './institution/institution.entity';
import { institutionReference } from './institution/institution.reference';
import { InstitutionResolver } from './institution/institution.resolver';
import { createCivilAffairsLoaders, type CivilAffairsLoaders } from './loaders';
import { civilAffairsMigrations } from './migrations';
import { seedAreas } from './seed/areas.seed';
import { civilAffairsIsSeeded, seedCivilAffairs } from './seed/seed';
import { InstitutionStay } from './stay/institution-stay.entity';
import { ElderInstitutionStayResolver, InstitutionStayResolver } from './stay/institution-stay.resolver';

/** The civil-affairs department (民政局): its tables, its part of the graph and its loaders. */
export const civilAffairs: SubgraphDefinition<CivilAffairsLoaders> = {
  department: 'civil-affairs',
  entities: [Area, Elder, AbilityAssessment, Institution, Bed, InstitutionStay],
  migrations: civilAffairsMigrations,
  resolvers: [
    AreaResolver,
    ElderResolver,
    AbilityAssessmentResolver,
    ElderAbilityAssessmentResolver,
    InstitutionResolver,
    BedResolver,
    InstitutionBedResolver,
    InstitutionStayResolver,
    ElderInstitutionStayResolver,
  ],
  referenceResolvers: { ...areaReference, ...elderReference, ...institutionReference },
  createLoaders: createCivilAffairsLoaders,
  seedReferenceData: (dataSource) => transaction(dataSource, seedAreas),
  seed: seedCivilAffairs,
  isSeeded: civilAffairsIsSeeded,
};
