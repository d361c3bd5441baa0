import type { DataSource } from 'typeorm';
import { createTrainedOnDateLoaders } from './area-on-date/trained-on-date.loader';
import { createWorkforceTargetLoaders } from './area-on-date/workforce-targets.loader';
import { createCaregiverLoaders } from './caregiver/caregiver.loader';
import { createCertificateLoaders } from './certificate/certificate.loader';
import { createMajorEnrolmentLoaders } from './major-enrolment/elder-care-major-enrolment.loader';
import { createSubsidyLoaders } from './subsidy/subsidy.loader';
import { createTrainingLoaders } from './training/training.loader';
import { createWorkforceLoaders } from './workforce/workforce.loader';

/** Every batched lookup of human resources, created afresh for each request. */
export function createHumanResourcesLoaders(dataSource: DataSource) {
  return {
    ...createCaregiverLoaders(dataSource),
    ...createCertificateLoaders(dataSource),
    ...createWorkforceLoaders(dataSource),
    ...createTrainingLoaders(dataSource),
    ...createSubsidyLoaders(dataSource),
    ...createTrainedOnDateLoaders(dataSource),
    ...createWorkforceTargetLoaders(dataSource),
    ...createMajorEnrolmentLoaders(dataSource),
  };
}

export type HumanResourcesLoaders = ReturnType<typeof createHumanResourcesLoaders>;
