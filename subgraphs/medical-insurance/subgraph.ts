import type { SubgraphDefinition } from '../shared/subgraph/subgraph-definition';
import { medicalInsurancePolicy } from './access-policy';
import { AreaMedicalInsuranceResolver } from './area/area-medical-insurance.resolver';
import { Area, areaReference } from './area/area.stub';
import { AreaOnDateMedicalInsuranceResolver } from './area-on-date/area-on-date-medical-insurance.resolver';
import { AreaOnDate, areaOnDateReference } from './area-on-date/area-on-date.stub';
import { LtciAssessment } from './assessment/ltci-assessment.entity';
import { LtciAssessmentResolver } from './assessment/ltci-assessment.resolver';
import { LtciBenefitResolver } from './benefit/ltci-benefit.resolver';
import { LtciDesignation } from './designation/ltci-designation.entity';
import {
  InstitutionMedicalInsuranceResolver,
  LtciDesignationResolver,
  MedicalInstitutionMedicalInsuranceResolver,
} from './designation/ltci-designation.resolver';
import { ElderMedicalInsuranceResolver } from './elder/elder-medical-insurance.resolver';
import { ElderFiveBedMedicalInsuranceResolver } from './five-bed/elder-five-bed.resolver';
import { elderReference } from './elder/elder.stub';
import { LtciEnrolment } from './enrolment/ltci-enrolment.entity';
import { LtciEnrolmentResolver } from './enrolment/ltci-enrolment.resolver';
import { institutionReference } from './institution/institution.stub';
import { createMedicalInsuranceLoaders, type MedicalInsuranceLoaders } from './loaders';
import { medicalInstitutionReference } from './medical-institution/medical-institution.stub';
import { medicalInsuranceMigrations } from './migrations';
import { medicalInsuranceIsSeeded, seedMedicalInsurance } from './seed/seed';
import { INSURED_ELDER_TALLIES } from './area-on-date/insured-elder-tallies';
import { InsuredElderTally } from './area-on-date/insured-elder-tally.entity';
import { LtciSettlement } from './settlement/ltci-settlement.entity';
import { LtciSettlementResolver } from './settlement/ltci-settlement.resolver';

/** The medical insurance bureau (医保局): long-term care insurance — enrolment, disability grades, designated providers, settlements. */
export const medicalInsurance: SubgraphDefinition<MedicalInsuranceLoaders> = {
  department: 'medical-insurance',
  policy: medicalInsurancePolicy,
  entities: [LtciEnrolment, LtciAssessment, LtciDesignation, LtciSettlement, InsuredElderTally],
  migrations: medicalInsuranceMigrations,
  resolvers: [
    ElderMedicalInsuranceResolver,
    ElderFiveBedMedicalInsuranceResolver,
    LtciEnrolmentResolver,
    LtciAssessmentResolver,
    LtciDesignationResolver,
    InstitutionMedicalInsuranceResolver,
    MedicalInstitutionMedicalInsuranceResolver,
    LtciSettlementResolver,
    AreaMedicalInsuranceResolver,
    AreaOnDateMedicalInsuranceResolver,
    LtciBenefitResolver,
  ],
  orphanedTypes: [Area, AreaOnDate],
  referenceResolvers: {
    ...elderReference,
    ...institutionReference,
    ...medicalInstitutionReference,
    ...areaReference,
    ...areaOnDateReference,
  },
  createLoaders: createMedicalInsuranceLoaders,
  tallies: INSURED_ELDER_TALLIES,
  seed: seedMedicalInsurance,
  isSeeded: medicalInsuranceIsSeeded,
};
