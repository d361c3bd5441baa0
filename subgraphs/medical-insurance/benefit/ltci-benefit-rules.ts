import { LTCI_GRADE_NUMBER, type LtciDisabilityGrade } from '../assessment/ltci-disability-grade.enum';
import type { LtciProviderLevel } from '../designation/ltci-provider.enums';
import type { LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';
import { LtciHomeCareService, LtciPayee } from '../settlement/ltci-care.enums';
import { LTCI_BENEFIT_CONFIG, type LtciBenefitConfig, type LtciRate } from './ltci-benefit-config';

/** The pure rules of LTCI benefits, read from the one configuration: qualification, who is paid, the amounts. */

export function gradeQualifies(grade: LtciDisabilityGrade, config: LtciBenefitConfig = LTCI_BENEFIT_CONFIG): boolean {
  return config.qualifyingGrades.includes(grade);
}

/** The lowest qualifying grade's number, for messages ("grade ≥ 3"). */
export function qualifyingGradesText(config: LtciBenefitConfig = LTCI_BENEFIT_CONFIG): string {
  return config.qualifyingGrades.map((grade) => `${LTCI_GRADE_NUMBER[grade]} ${grade}`).join(', ');
}

export function rateFor(
  careForm: LtciCareForm,
  level: LtciProviderLevel,
  config: LtciBenefitConfig = LTCI_BENEFIT_CONFIG,
): LtciRate | null {
  return config.rates[careForm][level] ?? null;
}

/** Why a care form / home-care service / payee combination cannot be paid, or null when it can. */
export function payeeRefusal(
  careForm: LtciCareForm,
  homeCareService: LtciHomeCareService | null,
  payee: LtciPayee,
): { field: string; message: string } | null {
  if (careForm !== LtciCareForm.HOME) {
    if (homeCareService) return { field: 'homeCareService', message: 'is only given for home care (居家护理)' };
    if (payee !== LtciPayee.PROVIDER)
      return { field: 'payee', message: `${careForm} care is paid only to the provider` };
    return null;
  }
  if (!homeCareService)
    return {
      field: 'homeCareService',
      message: 'home care (居家护理) must say whether it was daily-life (生活照料) or medical (医疗护理) care',
    };
  if (homeCareService === LtciHomeCareService.MEDICAL && payee !== LtciPayee.PROVIDER)
    return { field: 'payee', message: 'medical home care (医疗护理) is paid only to the provider' };
  return null;
}

/** A month's settlement in whole fen; `chargedFen` = `fundFen` + `selfPaidFen` + `overCapFen` exactly. */
export interface LtciAmounts {
  dailyCapFen: number;
  fundRatioBp: number;
  /** days × daily cap. */
  capFen: number;
  /** Charges within the cap (限额内费用): the settled amount. */
  amountFen: number;
  /** The fund's share of the amount, rounded half up to the fen. */
  fundFen: number;
  /** The person's share of the amount (个人自付). */
  selfPaidFen: number;
  /** Charges above the cap, borne by the person (超限额自费). */
  overCapFen: number;
}

/** Settles a month's charges by the rate table; integer arithmetic only, so every fen is exact. */
export function ltciAmounts(rate: LtciRate, scheme: LtciScheme, days: number, chargedFen: number): LtciAmounts {
  const fundRatioBp = rate.fundRatioBp[scheme];
  const capFen = days * rate.dailyCapFen;
  const amountFen = Math.min(chargedFen, capFen);
  const fundFen = Math.floor((amountFen * fundRatioBp + 5_000) / 10_000);
  return {
    dailyCapFen: rate.dailyCapFen,
    fundRatioBp,
    capFen,
    amountFen,
    fundFen,
    selfPaidFen: amountFen - fundFen,
    overCapFen: chargedFen - amountFen,
  };
}

/** A period of dates, both ends included; `until` null is open-ended. */
export interface LtciPeriod {
  from: string;
  until: string | null;
}

/** Days of a month (YYYY-MM) inside every one of the periods: how many days of care the fund can pay at most. */
export function daysCoveredIn(month: string, periods: LtciPeriod[]): number {
  const first = `${month}-01`;
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const from = [first, ...periods.map((p) => p.from)].sort().at(-1)!;
  const until = [last, ...periods.flatMap((p) => (p.until === null ? [] : [p.until]))].sort()[0];
  if (until < from) return 0;
  return Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
