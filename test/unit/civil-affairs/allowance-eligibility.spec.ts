import { describe, expect, it } from '@jest/globals';
import { AbilityLevel } from '../../../subgraphs/civil-affairs/assessment/ability.enums';
import { EconomicStatus } from '../../../subgraphs/civil-affairs/elder/elder.enums';
import { allowanceDueFen, decideAllowance } from '../../../subgraphs/civil-affairs/allowance/allowance-eligibility';
import { AllowanceKind } from '../../../subgraphs/civil-affairs/allowance/allowance-kind.enum';
import { ALLOWANCE_RATES, type AllowanceRates } from '../../../subgraphs/civil-affairs/allowance/allowance-rates';

const { OLD_AGE_ALLOWANCE: OLD_AGE, ECONOMIC_HARDSHIP_SUBSIDY: HARDSHIP } = AllowanceKind;
const elder = (
  birthDate: string,
  economicStatus = EconomicStatus.ORDINARY,
  abilityLevel: AbilityLevel | null = null,
) => ({ birthDate, economicStatus, abilityLevel });
const bracketFen = (fromAge: number) =>
  ALLOWANCE_RATES.oldAgeBrackets.find((bracket) => bracket.fromAge === fromAge)!.monthlyFen;

describe('the default allowance rate table', () => {
  it('has ascending old-age brackets from 80 without gaps or overlaps, the last open-ended', () => {
    const brackets = ALLOWANCE_RATES.oldAgeBrackets;
    expect(brackets.map((b) => b.fromAge)).toEqual([80, 90, 100]);
    brackets.slice(1).forEach((bracket, i) => expect(bracket.fromAge).toBe(brackets[i].toAge! + 1));
    expect(brackets[brackets.length - 1].toAge).toBeNull();
  });

  it('sets every amount as a positive whole number of fen, larger for older and more disabled elders', () => {
    const oldAge = ALLOWANCE_RATES.oldAgeBrackets.map((b) => b.monthlyFen);
    const hardship = Object.values(AbilityLevel).map((level) => ALLOWANCE_RATES.hardshipFenByAbilityLevel[level]!);
    for (const amount of [...oldAge, ...hardship]) expect(Number.isInteger(amount) && amount > 0).toBe(true);
    expect([...oldAge].sort((a, b) => a - b)).toEqual(oldAge);
    expect([...hardship].sort((a, b) => a - b)).toEqual(hardship);
  });
});

describe('deciding an old-age allowance (高龄津贴)', () => {
  it('pays from the month of the 80th birthday, not the month before', () => {
    expect(decideAllowance(OLD_AGE, elder('1946-03-31'), '2026-03')).toEqual({ amountFen: bracketFen(80) });
    expect(decideAllowance(OLD_AGE, elder('1946-03-31'), '2026-02')).toEqual({
      refusal: expect.stringContaining('starts at 80 years; this elder is 79 in 2026-02'),
    });
  });

  it('moves an elder to the next bracket at 90 and at 100, and keeps paying the last bracket beyond', () => {
    expect(decideAllowance(OLD_AGE, elder('1936-01-15'), '2026-01')).toEqual({ amountFen: bracketFen(90) });
    expect(decideAllowance(OLD_AGE, elder('1926-07-01'), '2026-06')).toEqual({ amountFen: bracketFen(90) });
    expect(decideAllowance(OLD_AGE, elder('1926-07-01'), '2026-07')).toEqual({ amountFen: bracketFen(100) });
    expect(decideAllowance(OLD_AGE, elder('1920-07-01'), '2026-07')).toEqual({ amountFen: bracketFen(100) });
  });

  it('reads whatever table it is given, so confirmed figures change only the table', () => {
    const confirmed: AllowanceRates = {
      ...ALLOWANCE_RATES,
      oldAgeBrackets: [{ fromAge: 85, toAge: null, monthlyFen: 12_345 }],
    };
    expect(decideAllowance(OLD_AGE, elder('1944-01-01'), '2026-01', confirmed)).toEqual({
      refusal: expect.stringContaining('starts at 85 years'),
    });
    expect(decideAllowance(OLD_AGE, elder('1941-01-01'), '2026-01', confirmed)).toEqual({ amountFen: 12_345 });
  });
});

describe('deciding an economic-hardship subsidy (经济困难老年人补贴)', () => {
  it('pays each qualifying economic status by the ability level in force', () => {
    for (const status of [
      EconomicStatus.EXTREME_POVERTY,
      EconomicStatus.MINIMUM_LIVING,
      EconomicStatus.NEAR_MINIMUM_LIVING,
      EconomicStatus.ECONOMIC_HARDSHIP,
    ]) {
      expect(decideAllowance(HARDSHIP, elder('1958-05-05', status, AbilityLevel.SEVERE_DISABILITY), '2026-01')).toEqual(
        {
          amountFen: ALLOWANCE_RATES.hardshipFenByAbilityLevel.SEVERE_DISABILITY,
        },
      );
    }
    expect(
      decideAllowance(HARDSHIP, elder('1958-05-05', EconomicStatus.MINIMUM_LIVING, AbilityLevel.INTACT), '2026-01'),
    ).toEqual({ amountFen: ALLOWANCE_RATES.hardshipFenByAbilityLevel.INTACT });
  });

  it('refuses elders of ordinary means, and qualifying elders never assessed', () => {
    expect(
      decideAllowance(HARDSHIP, elder('1958-05-05', EconomicStatus.ORDINARY, AbilityLevel.TOTAL_DISABILITY), '2026-01'),
    ).toEqual({ refusal: expect.stringContaining('this elder is ORDINARY') });
    expect(decideAllowance(HARDSHIP, elder('1958-05-05', EconomicStatus.MINIMUM_LIVING, null), '2026-01')).toEqual({
      refusal: expect.stringContaining('had none by the end of 2026-01'),
    });
  });

  it('refuses a level the table does not pay', () => {
    const severeOnly: AllowanceRates = {
      ...ALLOWANCE_RATES,
      hardshipFenByAbilityLevel: { ...ALLOWANCE_RATES.hardshipFenByAbilityLevel, INTACT: null },
    };
    expect(
      decideAllowance(
        HARDSHIP,
        elder('1958-05-05', EconomicStatus.MINIMUM_LIVING, AbilityLevel.INTACT),
        '2026-01',
        severeOnly,
      ),
    ).toEqual({ refusal: expect.stringContaining('not paid at ability level INTACT') });
  });
});

describe("seeding's amount due (allowanceDueFen)", () => {
  it('pays what the decision grants and nothing where it refuses', () => {
    const cases = [
      [OLD_AGE, elder('1946-03-31'), '2026-03'],
      [OLD_AGE, elder('1946-03-31'), '2026-02'],
      [HARDSHIP, elder('1958-05-05', EconomicStatus.MINIMUM_LIVING, AbilityLevel.SEVERE_DISABILITY), '2026-01'],
      [HARDSHIP, elder('1958-05-05', EconomicStatus.MINIMUM_LIVING, AbilityLevel.INTACT), '2026-01'],
      [HARDSHIP, elder('1958-05-05', EconomicStatus.ORDINARY, AbilityLevel.TOTAL_DISABILITY), '2026-01'],
      [HARDSHIP, elder('1958-05-05', EconomicStatus.MINIMUM_LIVING, null), '2026-01'],
    ] as const;
    for (const [kind, facts, month] of cases) {
      const decision = decideAllowance(kind, facts, month);
      expect(allowanceDueFen(kind, facts, month)).toBe('amountFen' in decision ? decision.amountFen : null);
    }
  });
});
