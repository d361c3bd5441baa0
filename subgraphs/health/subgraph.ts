import type { SubgraphDefinition } from '../shared/subgraph/subgraph-definition';
import { healthPolicy } from './access-policy';
import { AreaHealthResolver } from './area/area-health.resolver';
import { areaReference } from './area/area.stub';
import { AreaOnDateHealthResolver } from './area-on-date/area-on-date-health.resolver';
import { AreaOnDate, areaOnDateReference } from './area-on-date/area-on-date.stub';
import { CooperationAgreement } from './cooperation/cooperation-agreement.entity';
import {
  CooperationAgreementResolver,
  MedicalInstitutionCooperationResolver,
} from './cooperation/cooperation-agreement.resolver';
import { ElderHealthResolver } from './elder/elder-health.resolver';
import { ElderFiveBedHealthResolver, FiveBedLinkageHealthResolver } from './five-bed/five-bed-health.resolver';
import { FiveBedLinkage, fiveBedLinkageReference } from './five-bed/five-bed-linkage.stub';
import { elderReference } from './elder/elder.stub';
import { HomeSickbed } from './home-sickbed/home-sickbed.entity';
import { HomeSickbedResolver } from './home-sickbed/home-sickbed.resolver';
import { HospiceStay } from './hospice-stay/hospice-stay.entity';
import { HospiceStayResolver } from './hospice-stay/hospice-stay.resolver';
import { HospitalStay } from './hospital-stay/hospital-stay.entity';
import { HospitalStayResolver } from './hospital-stay/hospital-stay.resolver';
import { InsideClinic } from './inside-clinic/inside-clinic.entity';
import { InsideClinicResolver } from './inside-clinic/inside-clinic.resolver';
import { InstitutionHealthResolver } from './institution/institution-health.resolver';
import { institutionReference } from './institution/institution.stub';
import { createHealthLoaders, type HealthLoaders } from './loaders';
import { MedicalInstitution } from './medical-institution/medical-institution.entity';
import { medicalInstitutionReference } from './medical-institution/medical-institution.reference';
import { MedicalInstitutionResolver } from './medical-institution/medical-institution.resolver';
import { healthMigrations } from './migrations';
import { healthIsSeeded, seedHealth } from './seed/seed';

/** The health commission (卫生健康委): medical institutions, medical-elder-care integration, and the hospital, home and hospice beds. */
export const health: SubgraphDefinition<HealthLoaders> = {
  department: 'health',
  policy: healthPolicy,
  entities: [MedicalInstitution, CooperationAgreement, InsideClinic, HospitalStay, HomeSickbed, HospiceStay],
  migrations: healthMigrations,
  resolvers: [
    MedicalInstitutionResolver,
    MedicalInstitutionCooperationResolver,
    CooperationAgreementResolver,
    InsideClinicResolver,
    InstitutionHealthResolver,
    HospitalStayResolver,
    HomeSickbedResolver,
    HospiceStayResolver,
    ElderHealthResolver,
    ElderFiveBedHealthResolver,
    FiveBedLinkageHealthResolver,
    AreaHealthResolver,
    AreaOnDateHealthResolver,
  ],
  orphanedTypes: [AreaOnDate, FiveBedLinkage],
  referenceResolvers: {
    ...medicalInstitutionReference,
    ...elderReference,
    ...institutionReference,
    ...areaReference,
    ...areaOnDateReference,
    ...fiveBedLinkageReference,
  },
  createLoaders: createHealthLoaders,
  seed: seedHealth,
  isSeeded: healthIsSeeded,
};
