import type { DataSource } from 'typeorm';
import { createAgeFriendlyLoaders } from './age-friendly/age-friendly.loader';
import { createAllowanceLoaders } from './allowance/allowance.loader';
import { createAreaLoaders } from './area/area.loader';
import { createAbilityAssessmentLoaders } from './assessment/ability-assessment.loader';
import { createBedCountLoaders } from './bed/bed-count.loader';
import { createBedLoaders } from './bed/bed.loader';
import { createCareAssignmentLoaders } from './care-assignment/care-assignment.loader';
import { createElderLoaders } from './elder/elder.loader';
import { createFacilityLoaders } from './facility/facility.loader';
import { createFamilyBedLoaders } from './family-bed/family-bed.loader';
import { createFiveBedLoaders } from './five-bed/five-bed.loader';
import { createIndicatorLoaders } from './indicators/indicator.loader';
import { createInstitutionLoaders } from './institution/institution.loader';
import { createResidentialDevelopmentLoaders } from './residential-development/residential-development.loader';
import { createInstitutionStayLoaders } from './stay/institution-stay.loader';
import { createVisitLoaders } from './visit/visit.loader';
import { createWaitlistLoaders } from './waitlist/waitlist.loader';

/** Every batched lookup of civil affairs, created afresh for each request. */
export function createCivilAffairsLoaders(dataSource: DataSource) {
  return {
    ...createAreaLoaders(dataSource),
    ...createElderLoaders(dataSource),
    ...createAbilityAssessmentLoaders(dataSource),
    ...createInstitutionLoaders(dataSource),
    ...createBedLoaders(dataSource),
    ...createBedCountLoaders(dataSource),
    ...createInstitutionStayLoaders(dataSource),
    ...createWaitlistLoaders(dataSource),
    ...createFamilyBedLoaders(dataSource),
    ...createFiveBedLoaders(dataSource),
    ...createCareAssignmentLoaders(dataSource),
    ...createFacilityLoaders(dataSource),
    ...createVisitLoaders(dataSource),
    ...createAllowanceLoaders(dataSource),
    ...createAgeFriendlyLoaders(dataSource),
    ...createIndicatorLoaders(dataSource),
    ...createResidentialDevelopmentLoaders(dataSource),
  };
}

export type CivilAffairsLoaders = ReturnType<typeof createCivilAffairsLoaders>;
