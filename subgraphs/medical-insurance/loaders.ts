import type { DataSource } from 'typeorm';
import { createLtciAreaLoaders } from './area/ltci-area.loader';
import { createLtciAreaOnDateLoaders } from './area-on-date/ltci-area-on-date.loader';
import { createLtciAssessmentLoaders } from './assessment/ltci-assessment.loader';
import { createLtciDesignationLoaders } from './designation/ltci-designation.loader';
import { createLtciEnrolmentLoaders } from './enrolment/ltci-enrolment.loader';
import { createLtciSettlementLoaders } from './settlement/ltci-settlement.loader';

/** Every batched lookup of medical insurance, created afresh for each request. */
export function createMedicalInsuranceLoaders(dataSource: DataSource) {
  return {
    ...createLtciEnrolmentLoaders(dataSource),
    ...createLtciAssessmentLoaders(dataSource),
    ...createLtciDesignationLoaders(dataSource),
    ...createLtciSettlementLoaders(dataSource),
    ...createLtciAreaLoaders(dataSource),
    ...createLtciAreaOnDateLoaders(dataSource),
  };
}

export type MedicalInsuranceLoaders = ReturnType<typeof createMedicalInsuranceLoaders>;
