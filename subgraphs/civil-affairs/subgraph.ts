import { transaction } from '../shared/db/transaction';
import type { SubgraphDefinition } from '../shared/subgraph/subgraph-definition';
import { AgeFriendlyCommunity } from './age-friendly/age-friendly-community.entity';
import { AgeFriendlyCommunityResolver, AreaAgeFriendlyResolver } from './age-friendly/age-friendly.resolver';
import { AllowancePayment } from './allowance/allowance.entity';
import { AllowancePaymentResolver, ElderAllowanceResolver } from './allowance/allowance.resolver';
import { civilAffairsPolicy } from './access-policy';
import { Area } from './area/area.entity';
import { areaReference } from './area/area.reference';
import { AreaResolver } from './area/area.resolver';
import { AbilityAssessment } from './assessment/ability-assessment.entity';
import { AbilityAssessmentResolver, ElderAbilityAssessmentResolver } from './assessment/ability-assessment.resolver';
import { Bed } from './bed/bed.entity';
import { BedResolver, InstitutionBedResolver } from './bed/bed.resolver';
import { CareAssignment } from './care-assignment/care-assignment.entity';
import {
  CareAssignmentResolver,
  ElderCareAssignmentResolver,
  InstitutionCareAssignmentResolver,
} from './care-assignment/care-assignment.resolver';
import { Caregiver } from './care-assignment/caregiver.stub';
import { Elder } from './elder/elder.entity';
import { elderReference } from './elder/elder.reference';
import { ElderResolver } from './elder/elder.resolver';
import { CommunityFacility } from './facility/facility.entity';
import { AreaFacilityResolver, CommunityFacilityResolver } from './facility/facility.resolver';
import { FamilyBed } from './family-bed/family-bed.entity';
import {
  ElderFiveBedCivilAffairsResolver,
  FiveBedLinkageCivilAffairsResolver,
} from './five-bed/five-bed-civil-affairs.resolver';
import { FiveBedLinkage, fiveBedLinkageReference } from './five-bed/five-bed-linkage.stub';
import {
  ElderFamilyBedResolver,
  FamilyBedResolver,
  InstitutionFamilyBedResolver,
} from './family-bed/family-bed.resolver';
import { Institution } from './institution/institution.entity';
import { AreaOnDateCivilAffairsResolver } from './indicators/area-on-date-civil-affairs.resolver';
import { AreaOnDate, areaOnDateReference } from './indicators/area-on-date.stub';
import { IndicatorRecordsResolver } from './indicators/indicator-records.resolver';
import { IndicatorValue, indicatorValueReference } from './indicators/indicator-value.stub';
import { AssessedSpecialSpan } from './indicators/tallies/assessed-special-span.entity';
import { FIGURE_TALLIES } from './indicators/tallies/figure-tallies';
import { PopulationTally } from './indicators/tallies/population-tally.entity';
import { VisitMonthTally } from './indicators/tallies/visit-month-tally.entity';
import { institutionReference } from './institution/institution.reference';
import { InstitutionResolver } from './institution/institution.resolver';
import { createCivilAffairsLoaders, type CivilAffairsLoaders } from './loaders';
import { ResidentialDevelopment } from './residential-development/residential-development.entity';
import { ResidentialDevelopmentResolver } from './residential-development/residential-development.resolver';
import { civilAffairsMigrations } from './migrations';
import { seedAreas } from './seed/areas.seed';
import { civilAffairsIsSeeded, seedCivilAffairs } from './seed/seed';
import { InstitutionStay } from './stay/institution-stay.entity';
import { ElderInstitutionStayResolver, InstitutionStayResolver } from './stay/institution-stay.resolver';
import { CareVisitMonth } from './visit/visit-month.entity';
import { CareVisit } from './visit/visit.entity';
import { CareVisitResolver, ElderCareVisitResolver } from './visit/visit.resolver';
import { WaitlistEntry } from './waitlist/waitlist-entry.entity';
import {
  ElderWaitlistResolver,
  InstitutionWaitlistResolver,
  WaitlistEntryResolver,
} from './waitlist/waitlist.resolver';

/** The civil-affairs department (民政局): its tables, its part of the graph and its loaders. */
export const civilAffairs: SubgraphDefinition<CivilAffairsLoaders> = {
  department: 'civil-affairs',
  policy: civilAffairsPolicy,
  entities: [
    Area,
    Elder,
    AbilityAssessment,
    Institution,
    Bed,
    InstitutionStay,
    WaitlistEntry,
    FamilyBed,
    CareAssignment,
    CommunityFacility,
    CareVisit,
    CareVisitMonth,
    AllowancePayment,
    AgeFriendlyCommunity,
    ResidentialDevelopment,
    PopulationTally,
    AssessedSpecialSpan,
    VisitMonthTally,
  ],
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
    WaitlistEntryResolver,
    ElderWaitlistResolver,
    InstitutionWaitlistResolver,
    FamilyBedResolver,
    ElderFamilyBedResolver,
    InstitutionFamilyBedResolver,
    CareAssignmentResolver,
    ElderCareAssignmentResolver,
    InstitutionCareAssignmentResolver,
    CommunityFacilityResolver,
    AreaFacilityResolver,
    CareVisitResolver,
    ElderCareVisitResolver,
    AllowancePaymentResolver,
    ElderAllowanceResolver,
    AgeFriendlyCommunityResolver,
    AreaAgeFriendlyResolver,
    AreaOnDateCivilAffairsResolver,
    IndicatorRecordsResolver,
    ElderFiveBedCivilAffairsResolver,
    FiveBedLinkageCivilAffairsResolver,
    ResidentialDevelopmentResolver,
  ],
  orphanedTypes: [Caregiver, AreaOnDate, IndicatorValue, FiveBedLinkage],
  referenceResolvers: {
    ...areaReference,
    ...areaOnDateReference,
    ...indicatorValueReference,
    ...elderReference,
    ...institutionReference,
    ...fiveBedLinkageReference,
  },
  createLoaders: createCivilAffairsLoaders,
  tallies: FIGURE_TALLIES,
  // The figure tallies' triggers read the person's assessments as they write (figure-tallies.ts).
  transactionIsolation: 'READ COMMITTED',
  seedReferenceData: (dataSource) => transaction(dataSource, seedAreas),
  seed: seedCivilAffairs,
  isSeeded: civilAffairsIsSeeded,
};
