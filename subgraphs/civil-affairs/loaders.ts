import type { DataSource } from 'typeorm';
import { createAreaLoaders } from './area/area.loader';
import { createAbilityAssessmentLoaders } from './assessment/ability-assessment.loader';
import { createBedCountLoaders } from './bed/bed-count.loader';
import { createBedLoaders } from './bed/bed.loader';
import { createElderLoaders } from './elder/elder.loader';
import { createInstitutionLoaders } from './institution/institution.loader';
import { createInstitutionStayLoaders } from './stay/institution-stay.loader';

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
  };
}

export type CivilAffairsLoaders = ReturnType<typeof createCivilAffairsLoaders>;
