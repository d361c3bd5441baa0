import { CaregiverTrainingKind } from '../training/caregiver-training-kind.enum';

/** The table every subsidy decision reads: amounts in whole fen and the time windows of eligibility. */
export interface CaregiverSubsidyRates {
  graduateHiringAwardFen: number;
  certifiedCaregiverHiringAwardFen: number;
  /** A graduate hiring award is for graduates hired within this many years after graduating. */
  graduateHiredWithinYears: number;
  trainingSubsidyFenByKind: Record<CaregiverTrainingKind, number>;
  /** 稳岗: per year, for a caregiver employed by the same institution at least `jobStabilisationMinYears`. */
  jobStabilisationFen: number;
  jobStabilisationMinYears: number;
  internshipFen: number;
  /** An internship subsidy is for graduates within this many years after graduating. */
  internshipWithinYears: number;
}

/**
 * DEFAULTS, NOT WEIHAI'S CONFIRMED FIGURES (domain brief: unconfirmed). The amounts and windows are
 * placeholders of a plausible size for Shandong's elder-care talent policies; confirm them with the
 * Weihai human resources and social security bureau and change them here, the one place they are set.
 */
export const CAREGIVER_SUBSIDY_RATES: CaregiverSubsidyRates = {
  graduateHiringAwardFen: 2_000_000,
  certifiedCaregiverHiringAwardFen: 500_000,
  graduateHiredWithinYears: 2,
  trainingSubsidyFenByKind: {
    [CaregiverTrainingKind.INDUCTION]: 50_000,
    [CaregiverTrainingKind.SKILLS]: 150_000,
    [CaregiverTrainingKind.LONG_TERM_CARER]: 200_000,
  },
  jobStabilisationFen: 100_000,
  jobStabilisationMinYears: 1,
  internshipFen: 300_000,
  internshipWithinYears: 2,
};
