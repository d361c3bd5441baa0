import { countsIn, isCity } from '../../shared/areas/city-of-districts';
import { NotFoundError } from '../../shared/errors/errors';
import type { CivilAffairsContext } from '../context';
import type { AreaFigures } from './area-figures';
import { type AreaOnDate, type DepartmentFigures, REQUIRED_FIGURES } from './area-on-date.entity';
import { cityFigures } from './civil-affairs-figures.query';
import { HubDepartment } from './indicator.enums';

/** Which of the required figures each department sends; a department that did not answer leaves all of its own out. */
const FIGURES_OF: Record<
  Exclude<HubDepartment, HubDepartment.CIVIL_AFFAIRS>,
  ReadonlyArray<keyof DepartmentFigures>
> = {
  [HubDepartment.HEALTH]: [
    'medicalCareIntegratedInstitutionCodes',
    'hospiceProviderDistrictCodes',
    'internetNursingOfferingHospitals',
    'internetNursingMissingHospitalCodes',
  ],
  [HubDepartment.MEDICAL_INSURANCE]: ['ltciInsuredEldersResidentsScheme', 'ltciInsuredEldersEmployeesScheme'],
  [HubDepartment.HUMAN_RESOURCES]: [
    'certifiedCareStaff',
    'socialWorkers',
    'institutionCareStaff',
    'institutionCertifiedCareStaff',
    'ltciDesignatedCareStaff',
    'ltciDesignatedLongTermCarers',
    'trainedCaregivers',
    'trainedCaregiversInGoalYear',
    'trainedSocialWorkers',
    'trainedSocialWorkersInGoalYear',
    'elderCareMajorEnrolment',
    'elderCareMajorEnrolmentPreviousYear',
  ],
  [HubDepartment.FINANCE]: ['lotteryFundRetainedFen', 'lotteryFundElderCareFen', 'lotteryFundShortfallDistrictCodes'],
};

/** The departments whose figures the gateway did not deliver (the department was down, or refused): their indicators show NO_DATA. */
export function missingDepartments(root: Partial<DepartmentFigures>): Set<HubDepartment> {
  const missing = new Set<HubDepartment>();
  for (const [department, fields] of Object.entries(FIGURES_OF)) {
    if (fields.some((field) => root[field] === undefined)) missing.add(department as HubDepartment);
  }
  return missing;
}

/** Civil affairs' own figures for the area on the day, with the other departments' as the gateway handed them over. */
export async function areaFigures(root: AreaOnDate, { loaders }: CivilAffairsContext): Promise<AreaFigures> {
  const level = isCity(root.areaCode) ? 'CITY' : 'DISTRICT';
  const perDistrict = await loaders.districtFiguresOn.load(root.asOf);
  const own = level === 'CITY' ? cityFigures(perDistrict.values()) : perDistrict.get(root.areaCode);
  if (!own) throw new NotFoundError('district', root.areaCode);
  const integrated = await loaders.integratedInstitutionsOn.load({
    day: root.asOf,
    codes: root.medicalCareIntegratedInstitutionCodes ?? [],
  });
  const medicalCareIntegrated = [...integrated].reduce(
    (sum, [district, count]) => (countsIn(root.areaCode, district) ? sum + count : sum),
    0,
  );
  const delivered = Object.fromEntries(REQUIRED_FIGURES.map((field) => [field, root[field]])) as DepartmentFigures;
  return { ...own, medicalCareIntegrated, ...delivered, level, areaCode: root.areaCode, asOf: root.asOf };
}
