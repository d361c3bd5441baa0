import { LtciDisabilityGrade } from '../assessment/ltci-disability-grade.enum';
import { LtciProviderLevel } from '../designation/ltci-provider.enums';
import { LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';

/** One cell of the rate table: what the fund pays per day of one care form at one provider level. */
export interface LtciRate {
  /** Per-day cap (日限额) in fen: charges above days × cap are outside the fund. */
  dailyCapFen: number;
  /** Share of the charges within the cap the fund pays (基金支付比例), in basis points (10,000 = 100 %), per scheme. */
  fundRatioBp: Record<LtciScheme, number>;
}

/** The whole benefit configuration: who qualifies, how long an assessment holds, and the rate table. */
export interface LtciBenefitConfig {
  /** Grades whose holders may be settled for (享受待遇的失能等级). */
  qualifyingGrades: readonly LtciDisabilityGrade[];
  /** Validity of an assessment when the assessing organisation gives none (评估结论有效期), in months. */
  assessmentValidityMonths: number;
  /** Rates by care form and provider level; a missing cell means that form is not paid at that level. */
  rates: Record<LtciCareForm, Partial<Record<LtciProviderLevel, LtciRate>>>;
}

/**
 * DEFAULTS, NOT WEIHAI'S PUBLISHED FIGURES (domain brief: the per-day caps and ratios are
 * unpublished). The qualifying grades follow the national pilot's usual rule (重度失能, grade ≥ 3);
 * the caps and ratios are placeholders of a plausible size for Shandong's LTCI cities (employees
 * paid a higher share than residents, hospital specialist care capped higher than nursing).
 * Confirm the figures with the Weihai medical insurance bureau and change them here: this is the
 * one place eligibility and amounts are set.
 *
 * Rounding: the fund's share is computed in whole fen as (charges within the cap × ratio in basis
 * points) / 10,000, rounded half up (四舍五入到分); the self-paid share is what remains of the
 * charges within the cap, so fund + self-paid + over-cap always equals the charges exactly.
 */
export const LTCI_BENEFIT_CONFIG: LtciBenefitConfig = {
  qualifyingGrades: [
    LtciDisabilityGrade.SEVERE_DISABILITY_I,
    LtciDisabilityGrade.SEVERE_DISABILITY_II,
    LtciDisabilityGrade.SEVERE_DISABILITY_III,
  ],
  assessmentValidityMonths: 24,
  rates: {
    [LtciCareForm.INSTITUTIONAL]: {
      [LtciProviderLevel.ELDER_CARE]: {
        dailyCapFen: 6_000,
        fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 7_500 },
      },
      [LtciProviderLevel.MEDICAL_PRIMARY]: {
        dailyCapFen: 6_500,
        fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 7_500 },
      },
      [LtciProviderLevel.MEDICAL_SECONDARY]: {
        dailyCapFen: 6_500,
        fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 7_500 },
      },
    },
    [LtciCareForm.HOME]: {
      [LtciProviderLevel.ELDER_CARE]: {
        dailyCapFen: 5_000,
        fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 8_000 },
      },
      [LtciProviderLevel.MEDICAL_PRIMARY]: {
        dailyCapFen: 5_000,
        fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 8_000 },
      },
      [LtciProviderLevel.MEDICAL_SECONDARY]: {
        dailyCapFen: 5_000,
        fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 8_000 },
      },
    },
    [LtciCareForm.SPECIALIST_MEDICAL]: {
      [LtciProviderLevel.MEDICAL_SECONDARY]: {
        dailyCapFen: 17_000,
        fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 8_000 },
      },
      [LtciProviderLevel.MEDICAL_TERTIARY]: {
        dailyCapFen: 20_000,
        fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 8_000 },
      },
    },
  },
};
