import { isCity } from '../../shared/areas/city-of-districts';
import { CIVIL_AFFAIRS_FIGURE_NAMES } from '../../shared/indicators/civil-affairs-area-figures';
import type { AreaFigures, CivilAffairsFigures, DesignatedCareStaff } from './area-figures';
import {
  type AreaOnDate,
  type DepartmentFigures,
  FIGURES_BY_DEPARTMENT,
  REQUIRED_FIGURES,
} from './area-on-date.entity';
import { HubDepartment } from './indicator.enums';

const upper = (code: string) => code.toUpperCase();

/** The departments whose figures the gateway did not deliver (the department was down, or refused): their indicators show NO_DATA. */
export function missingDepartments(root: Partial<DepartmentFigures>): Set<HubDepartment> {
  const missing = new Set<HubDepartment>();
  for (const [department, fields] of Object.entries(FIGURES_BY_DEPARTMENT)) {
    if (fields.some((field) => root[field] === undefined || (field === 'civilAffairsFigures' && root[field] === null)))
      missing.add(department as HubDepartment);
  }
  return missing;
}

/**
 * Every department's figures for the area on the day as the gateway handed them over, with the two
 * the joint meeting joins itself from lists each department gives on its own: the operating
 * institutions health names integrated (indicator 8) or signed (签约服务), the 特困人员供养服务机构
 * health names integrated and their districts (专栏1), and the care staff of the institutions
 * medical insurance designates (measure 20). A missing department's figures read as zero; its
 * indicators show NO_DATA (`missingDepartments`) and never read them.
 */
export function areaFigures(root: AreaOnDate): AreaFigures {
  const { civilAffairsFigures, careStaffByEmployer, ...delivered } = Object.fromEntries(
    REQUIRED_FIGURES.map((field) => [field, root[field]]),
  ) as DepartmentFigures;
  const own =
    civilAffairsFigures ??
    (Object.fromEntries(CIVIL_AFFAIRS_FIGURE_NAMES.map((name) => [name, 0])) as Record<
      (typeof CIVIL_AFFAIRS_FIGURE_NAMES)[number],
      number
    >);
  // Credit codes compare case-blind: each department keeps them as they were entered.
  const integrated = new Set((root.medicalCareIntegratedInstitutionCodes ?? []).map(upper));
  const signed = new Set((root.signedCooperationInstitutionCodes ?? []).map(upper));
  const integratedSupport = (root.extremePovertySupportInstitutions ?? []).filter(({ institutionCode }) =>
    integrated.has(upper(institutionCode)),
  );
  const designated = new Set((root.ltciDesignatedInstitutionCodes ?? []).map(upper));
  const designatedStaff = (careStaffByEmployer ?? []).filter(({ institutionCode }) =>
    designated.has(upper(institutionCode)),
  );
  const joined: Omit<CivilAffairsFigures, keyof typeof own> & DesignatedCareStaff = {
    medicalCareIntegrated: (root.operatingInstitutionCodes ?? []).filter((code) => integrated.has(upper(code))).length,
    signedCooperation: (root.operatingInstitutionCodes ?? []).filter((code) => signed.has(upper(code))).length,
    integratedSupportInstitutions: integratedSupport.length,
    districtsWithIntegratedSupportInstitution: new Set(integratedSupport.map(({ districtCode }) => districtCode)).size,
    ltciDesignatedCareStaff: designatedStaff.reduce((sum, { careStaff }) => sum + careStaff, 0),
    ltciDesignatedLongTermCarers: designatedStaff.reduce((sum, { longTermCarers }) => sum + longTermCarers, 0),
  };
  const area = {
    level: isCity(root.areaCode) ? ('CITY' as const) : ('DISTRICT' as const),
    areaCode: root.areaCode,
    asOf: root.asOf,
  };
  // Object.assign, not one literal spreading two sources: V8 copies the second spread property by
  // property on a slow path (about 0.25 ms an area-day, 55 ms for a 24-month series' 216).
  return Object.assign(Object.assign({}, own, joined), delivered, area);
}
