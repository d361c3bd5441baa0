import { defaultValidUntil } from '../../../subgraphs/medical-insurance/assessment/ltci-assessment.service';
import { LtciDisabilityGrade } from '../../../subgraphs/medical-insurance/assessment/ltci-disability-grade.enum';
import { LTCI_BENEFIT_CONFIG } from '../../../subgraphs/medical-insurance/benefit/ltci-benefit-config';
import {
  daysCoveredIn,
  gradeQualifies,
  ltciAmounts,
  payeeRefusal,
  rateFor,
} from '../../../subgraphs/medical-insurance/benefit/ltci-benefit-rules';
import { LtciProviderLevel } from '../../../subgraphs/medical-insurance/designation/ltci-provider.enums';
import { LtciScheme } from '../../../subgraphs/medical-insurance/enrolment/ltci-enrolment.enums';
import { LtciHomeCareService, LtciPayee } from '../../../subgraphs/medical-insurance/settlement/ltci-care.enums';
import { LtciCareForm } from '../../../subgraphs/shared/ltci/ltci-care-form.enum';
import { gradeForFrailty } from '../../../subgraphs/medical-insurance/seed/persons.seed';

const RATE = { dailyCapFen: 6_000, fundRatioBp: { EMPLOYEE: 9_000, URBAN_RURAL_RESIDENT: 7_500 } };

describe('LTCI settlement amounts', () => {
  it('pays the ratio of charges within the cap and leaves the rest to the person', () => {
    // 30 days × 60.00 元 = 1,800.00 元 cap; 1,500.00 元 charged is all within it; 75 % of it is 1,125.00 元.
    expect(ltciAmounts(RATE, LtciScheme.URBAN_RURAL_RESIDENT, 30, 150_000)).toEqual({
      dailyCapFen: 6_000,
      fundRatioBp: 7_500,
      capFen: 180_000,
      amountFen: 150_000,
      fundFen: 112_500,
      selfPaidFen: 37_500,
      overCapFen: 0,
    });
  });

  it('caps the settled amount at days × per-day cap; the excess is borne by the person', () => {
    // 31 × 6,000 = 186,000 within the cap, 14,000 over it; the employees' 90 % of 186,000 is 167,400.
    expect(ltciAmounts(RATE, LtciScheme.EMPLOYEE, 31, 200_000)).toEqual({
      dailyCapFen: 6_000,
      fundRatioBp: 9_000,
      capFen: 186_000,
      amountFen: 186_000,
      fundFen: 167_400,
      selfPaidFen: 18_600,
      overCapFen: 14_000,
    });
  });

  it('rounds the fund share half up to the whole fen, and the shares always add up to the charges', () => {
    expect(ltciAmounts(RATE, LtciScheme.URBAN_RURAL_RESIDENT, 3, 12_346).fundFen).toBe(9_260); // 9,259.5 → 9,260
    expect(ltciAmounts(RATE, LtciScheme.URBAN_RURAL_RESIDENT, 3, 12_345).fundFen).toBe(9_259); // 9,258.75 → 9,259
    expect(ltciAmounts(RATE, LtciScheme.URBAN_RURAL_RESIDENT, 3, 12_347).fundFen).toBe(9_260); // 9,260.25 → 9,260
    for (const charged of [0, 1, 3, 17_999, 18_000, 18_001, 99_999]) {
      const amounts = ltciAmounts(RATE, LtciScheme.URBAN_RURAL_RESIDENT, 3, charged);
      expect(amounts.fundFen + amounts.selfPaidFen + amounts.overCapFen).toBe(charged);
    }
  });
});

describe('LTCI benefit configuration', () => {
  it('qualifies grades 3 to 5 by default, and whatever grades a configuration names', () => {
    expect(Object.values(LtciDisabilityGrade).filter((grade) => gradeQualifies(grade))).toEqual([
      LtciDisabilityGrade.SEVERE_DISABILITY_I,
      LtciDisabilityGrade.SEVERE_DISABILITY_II,
      LtciDisabilityGrade.SEVERE_DISABILITY_III,
    ]);
    const wider = { ...LTCI_BENEFIT_CONFIG, qualifyingGrades: [LtciDisabilityGrade.MODERATE_DISABILITY] };
    expect(gradeQualifies(LtciDisabilityGrade.MODERATE_DISABILITY, wider)).toBe(true);
  });

  it('pays specialist medical care only in second- and third-level hospitals', () => {
    expect(rateFor(LtciCareForm.SPECIALIST_MEDICAL, LtciProviderLevel.ELDER_CARE)).toBeNull();
    expect(rateFor(LtciCareForm.SPECIALIST_MEDICAL, LtciProviderLevel.MEDICAL_PRIMARY)).toBeNull();
    expect(rateFor(LtciCareForm.SPECIALIST_MEDICAL, LtciProviderLevel.MEDICAL_TERTIARY)?.dailyCapFen).toBe(20_000);
  });

  it('keeps every ratio a whole number of basis points between 0 and 100 %', () => {
    for (const byLevel of Object.values(LTCI_BENEFIT_CONFIG.rates)) {
      for (const rate of Object.values(byLevel)) {
        expect(Number.isInteger(rate.dailyCapFen) && rate.dailyCapFen > 0).toBe(true);
        for (const bp of Object.values(rate.fundRatioBp))
          expect(Number.isInteger(bp) && bp >= 0 && bp <= 10_000).toBe(true);
      }
    }
  });
});

describe('who an LTCI settlement pays', () => {
  it('pays daily-life home care to the person or the provider, medical home care and other forms only to the provider', () => {
    expect(payeeRefusal(LtciCareForm.HOME, LtciHomeCareService.DAILY_LIFE, LtciPayee.INSURED_PERSON)).toBeNull();
    expect(payeeRefusal(LtciCareForm.HOME, LtciHomeCareService.DAILY_LIFE, LtciPayee.PROVIDER)).toBeNull();
    expect(payeeRefusal(LtciCareForm.HOME, LtciHomeCareService.MEDICAL, LtciPayee.INSURED_PERSON)?.field).toBe('payee');
    expect(payeeRefusal(LtciCareForm.HOME, null, LtciPayee.PROVIDER)?.field).toBe('homeCareService');
    expect(payeeRefusal(LtciCareForm.INSTITUTIONAL, null, LtciPayee.INSURED_PERSON)?.field).toBe('payee');
    expect(payeeRefusal(LtciCareForm.SPECIALIST_MEDICAL, LtciHomeCareService.MEDICAL, LtciPayee.PROVIDER)?.field).toBe(
      'homeCareService',
    );
  });
});

describe('days of a month the fund can pay', () => {
  it('counts the days inside every period, both ends included', () => {
    expect(daysCoveredIn('2025-02', [{ from: '2020-01-01', until: null }])).toBe(28);
    expect(daysCoveredIn('2024-02', [{ from: '2020-01-01', until: null }])).toBe(29);
    expect(
      daysCoveredIn('2025-02', [
        { from: '2025-02-10', until: null },
        { from: '2024-01-01', until: '2025-02-20' },
      ]),
    ).toBe(11);
    expect(daysCoveredIn('2025-03', [{ from: '2025-04-01', until: null }])).toBe(0);
    expect(daysCoveredIn('2025-03', [{ from: '2024-01-01', until: '2025-02-28' }])).toBe(0);
  });
});

describe('assessment validity and seeded grades', () => {
  it('holds an assessment 24 months by default, to the day before the anniversary', () => {
    expect(defaultValidUntil('2025-03-15')).toBe('2027-03-14');
    expect(defaultValidUntil('2024-02-29')).toBe('2026-02-28');
    expect(defaultValidUntil('2025-01-01')).toBe('2026-12-31');
  });

  it('grades the frail higher, so seeded grades follow the shared world’s frailty', () => {
    expect(gradeForFrailty(0.1)).toBe(LtciDisabilityGrade.BASICALLY_NORMAL);
    expect(gradeForFrailty(0.7)).toBe(LtciDisabilityGrade.MODERATE_DISABILITY);
    expect(gradeForFrailty(0.99)).toBe(LtciDisabilityGrade.SEVERE_DISABILITY_III);
  });
});
