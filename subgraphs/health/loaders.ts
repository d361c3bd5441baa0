import type { DataSource } from 'typeorm';
import { createAreaHealthLoaders } from './area/area-health.loader';
import { createAreaOnDateHealthLoaders } from './area-on-date/area-on-date-health.loader';
import { createCooperationAgreementLoaders } from './cooperation/cooperation-agreement.loader';
import { createHealthFiveBedLoaders } from './five-bed/five-bed.loader';
import { createHomeSickbedLoaders } from './home-sickbed/home-sickbed.loader';
import { createHospiceStayLoaders } from './hospice-stay/hospice-stay.loader';
import { createHospitalStayLoaders } from './hospital-stay/hospital-stay.loader';
import { createInsideClinicLoaders } from './inside-clinic/inside-clinic.loader';
import { createMedicalCareIntegrationLoaders } from './institution/medical-care-integration.loader';
import { createMedicalInstitutionLoaders } from './medical-institution/medical-institution.loader';

/** Every batched lookup of the health commission, created afresh for each request. */
export function createHealthLoaders(dataSource: DataSource) {
  return {
    ...createMedicalInstitutionLoaders(dataSource),
    ...createCooperationAgreementLoaders(dataSource),
    ...createInsideClinicLoaders(dataSource),
    ...createMedicalCareIntegrationLoaders(dataSource),
    ...createHospitalStayLoaders(dataSource),
    ...createHomeSickbedLoaders(dataSource),
    ...createHospiceStayLoaders(dataSource),
    ...createHealthFiveBedLoaders(dataSource),
    ...createAreaHealthLoaders(dataSource),
    ...createAreaOnDateHealthLoaders(dataSource),
  };
}

export type HealthLoaders = ReturnType<typeof createHealthLoaders>;
