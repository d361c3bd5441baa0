import { checkCharacter, parseResidentId } from '../../../../subgraphs/shared/identity/resident-id';
import { maskIdNumber } from '../../../../subgraphs/shared/identity/masking';
import { completionsOf } from '../../../support/id-number-completion';

/**
 * The attack of issue 13 (item 3), done offline: a caller without the personal-data scope reads an
 * elder's or caregiver's masked ID number beside the birth date, sex and district, and completes it.
 */
describe('completing a masked ID number from what the same caller reads', () => {
  // Weihai numbers of both sexes, a check character X among them, and a pre-2014 文登市 code.
  const numbers = ['37108219530928706', '37100219400203004', '37108319481111001', '37108119350120004'].map(
    (first17) => first17 + checkCharacter(first17),
  );
  it('tries a number ending in X among them', () => expect(numbers.some((number) => number.endsWith('X'))).toBe(true));

  it.each(numbers)('leaves at least 500 numbers for %s even when the county is guessed right', (number) => {
    const { addressCode, birthDate, sex } = parseResidentId(number);
    const candidates = completionsOf({ masked: maskIdNumber(number), birthDate, sex }, [addressCode]);
    expect(candidates).toContain(number);
    expect(candidates.length).toBeGreaterThanOrEqual(500);
  });

  it.each(numbers)('leaves 5,000 numbers for %s over the ten address codes Weihai’s numbers carry', (number) => {
    const { birthDate, sex } = parseResidentId(number);
    const candidates = completionsOf({ masked: maskIdNumber(number), birthDate, sex });
    expect(candidates).toContain(number);
    expect(candidates).toHaveLength(5000);
    expect(new Set(candidates.map((candidate) => candidate.slice(0, 6)))).toEqual(
      new Set(['371000', '371001', '371002', '371003', '371071', '371072', '371073', '371081', '371082', '371083']),
    );
  });

  it('would have left one number when the mask showed the last four characters', () => {
    // The mask before the fix: the check character pins the county, the only other unknown.
    const number = numbers[0];
    const { birthDate, sex } = parseResidentId(number);
    const oldMask = `${number.slice(0, 4)}**********${number.slice(-4)}`;
    expect(completionsOf({ masked: oldMask, birthDate, sex }).length).toBeLessThanOrEqual(2);
  });
});
