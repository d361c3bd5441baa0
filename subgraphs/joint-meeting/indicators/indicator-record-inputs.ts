import { IndicatorRecordInputs } from '../../shared/indicators/indicator-record-inputs';
import type { AreaFigures } from './area-figures';
import type { CatalogueEntry } from './indicator-catalogue';

/** The list another department handed over that stands behind an indicator's records, by code. */
const HANDED_OVER: Record<string, (figures: AreaFigures) => string[] | undefined> = {
  I08: (figures) => figures.medicalCareIntegratedInstitutionCodes,
  M14: (figures) => figures.internetNursingMissingHospitalCodes,
  'P-SUPPORT-INSTITUTION': (figures) => figures.medicalCareIntegratedInstitutionCodes,
  'P-SIGNED-COOPERATION': (figures) => figures.signedCooperationInstitutionCodes,
  'P-HOSPICE': (figures) => figures.hospiceProviderDistrictCodes,
  'P-LOTTERY': (figures) => figures.lotteryFundShortfallDistrictCodes,
};

/** What civil affairs needs to list the records behind an indicator evaluated from these figures. */
export function recordInputsOf(entry: CatalogueEntry, figures: AreaFigures): IndicatorRecordInputs {
  const numerator = entry.persons?.numerator;
  return Object.assign(new IndicatorRecordInputs(), {
    recordKind: entry.recordKind ?? null,
    target: entry.target,
    handedOverCodes: HANDED_OVER[entry.code]?.(figures) ?? [],
    numeratorRule: numerator && 'civilAffairsRule' in numerator ? numerator.civilAffairsRule : null,
  });
}
