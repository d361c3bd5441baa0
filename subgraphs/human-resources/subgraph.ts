import type { SubgraphDefinition } from '../shared/subgraph/subgraph-definition';
import { humanResourcesPolicy } from './access-policy';
import { AreaOnDateHumanResourcesResolver } from './area-on-date/area-on-date-human-resources.resolver';
import { AreaOnDateCareStaffResolver } from './area-on-date/area-on-date-care-staff.resolver';
import { AreaOnDateWorkforceTargetsResolver } from './area-on-date/area-on-date-workforce-targets.resolver';
import { AreaOnDate, areaOnDateReference } from './area-on-date/area-on-date.stub';
import { Area } from './area/area.stub';
import { areaReference } from './area/area.reference';
import { Caregiver } from './caregiver/caregiver.entity';
import { caregiverReference } from './caregiver/caregiver.reference';
import { CaregiverResolver } from './caregiver/caregiver.resolver';
import { CaregiverCertificate } from './certificate/certificate.entity';
import { CaregiverCertificateResolver } from './certificate/certificate.resolver';
import { institutionReference } from './institution/institution.reference';
import { Institution } from './institution/institution.stub';
import { createHumanResourcesLoaders, type HumanResourcesLoaders } from './loaders';
import { ElderCareMajorEnrolment } from './major-enrolment/elder-care-major-enrolment.entity';
import { ElderCareMajorEnrolmentResolver } from './major-enrolment/elder-care-major-enrolment.resolver';
import { humanResourcesMigrations } from './migrations';
import { humanResourcesIsSeeded, seedHumanResources } from './seed/seed';
import { CaregiverSubsidy } from './subsidy/subsidy.entity';
import { subsidyReference } from './subsidy/subsidy.reference';
import { CaregiverSubsidiesResolver, CaregiverSubsidyResolver } from './subsidy/subsidy.resolver';
import { CaregiverTrainingEnrolment } from './training/training-enrolment.entity';
import { CaregiverTrainingProgramme } from './training/training-programme.entity';
import {
  CaregiverTrainingEnrolmentResolver,
  CaregiverTrainingProgrammeResolver,
  CaregiverTrainingResolver,
} from './training/training.resolver';
import { AreaHumanResourcesResolver } from './workforce/area-workforce.resolver';
import { InstitutionHumanResourcesResolver } from './workforce/institution-workforce.resolver';

/** The human resources and social security department (人社局): caregivers, certificates, training and subsidies. */
export const humanResources: SubgraphDefinition<HumanResourcesLoaders> = {
  department: 'human-resources',
  policy: humanResourcesPolicy,
  entities: [
    Caregiver,
    CaregiverCertificate,
    CaregiverTrainingProgramme,
    CaregiverTrainingEnrolment,
    CaregiverSubsidy,
    ElderCareMajorEnrolment,
  ],
  migrations: humanResourcesMigrations,
  resolvers: [
    CaregiverResolver,
    CaregiverCertificateResolver,
    InstitutionHumanResourcesResolver,
    AreaHumanResourcesResolver,
    CaregiverTrainingProgrammeResolver,
    CaregiverTrainingEnrolmentResolver,
    CaregiverTrainingResolver,
    CaregiverSubsidyResolver,
    CaregiverSubsidiesResolver,
    AreaOnDateHumanResourcesResolver,
    AreaOnDateCareStaffResolver,
    AreaOnDateWorkforceTargetsResolver,
    ElderCareMajorEnrolmentResolver,
  ],
  orphanedTypes: [Institution, Area, AreaOnDate],
  referenceResolvers: {
    ...caregiverReference,
    ...institutionReference,
    ...areaReference,
    ...subsidyReference,
    ...areaOnDateReference,
  },
  createLoaders: createHumanResourcesLoaders,
  seed: seedHumanResources,
  isSeeded: humanResourcesIsSeeded,
};
