import { GraphQLError } from 'graphql';
import { checkCharacter, parseResidentId } from '../../../../subgraphs/shared/identity/resident-id';

/** ISO 7064 MOD 11-2 as GB 11643 documents it, computed here independently of the code under test. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function withCheck(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A valid number for an address code, a birth date and a three-digit sequence (odd = male). */
function validNumber(addressCode: string, birthDate: string, sequence: string): string {
  return withCheck(addressCode + birthDate.replace(/-/g, '') + sequence);
}

/** A number whose last character is anything but the right one. */
function withWrongCheck(valid: string): string {
  return valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
}

/** The error parseResidentId throws for an input, or a failure if it accepts it. */
function refusal(input: string, field = 'idNumber', today?: string): GraphQLError {
  try {
    parseResidentId(input, field, today);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error(`expected ${input} to be refused`);
}

const TODAY = '2026-03-15';

describe('parseResidentId', () => {
  describe('accepts', () => {
    it('the published example 11010519491231002X (朝阳区, born 1949-12-31, female)', () => {
      expect(parseResidentId('11010519491231002X')).toEqual({
        number: '11010519491231002X',
        addressCode: '110105',
        birthDate: '1949-12-31',
        sex: 'FEMALE',
      });
    });

    it('a Weihai number whose check character, computed independently, is a digit', () => {
      const number = validNumber('371002', '1953-01-01', '123');
      expect(number[17]).toMatch(/\d/);
      expect(parseResidentId(number, 'idNumber', TODAY)).toEqual({
        number,
        addressCode: '371002',
        birthDate: '1953-01-01',
        sex: 'MALE',
      });
    });

    it('a number whose check character is X', () => {
      // Search the sequence numbers for one whose check character is X, so the case is not left to chance.
      const number = Array.from({ length: 1000 }, (_, n) =>
        validNumber('371082', '1948-03-07', String(n).padStart(3, '0')),
      ).find((candidate) => candidate.endsWith('X'))!;
      expect(parseResidentId(number, 'idNumber', TODAY).number).toBe(number);
    });

    it('a lower-case x and normalises it to X', () => {
      expect(parseResidentId('11010519491231002x').number).toBe('11010519491231002X');
    });

    it('spaces a clerk typed between the groups and around the number, and removes them', () => {
      expect(parseResidentId(' 110105 19491231 002x ').number).toBe('11010519491231002X');
    });

    it('reads the sex from the 17th digit: odd is male, even is female', () => {
      expect(parseResidentId(validNumber('371083', '1950-06-01', '017'), 'idNumber', TODAY).sex).toBe('MALE');
      expect(parseResidentId(validNumber('371083', '1950-06-01', '018'), 'idNumber', TODAY).sex).toBe('FEMALE');
    });

    it('Feb 29 in a leap year (1952)', () => {
      expect(parseResidentId(validNumber('371002', '1952-02-29', '011'), 'idNumber', TODAY).birthDate).toBe(
        '1952-02-29',
      );
    });

    it('the historical address code 371081 of 文登市, no longer a county code since 2014', () => {
      expect(parseResidentId(validNumber('371081', '1944-11-20', '024'), 'idNumber', TODAY).addressCode).toBe('371081');
    });

    it('a birth date of today, and one in 1890', () => {
      expect(parseResidentId(validNumber('371002', '2026-03-15', '001'), 'idNumber', TODAY).birthDate).toBe(
        '2026-03-15',
      );
      expect(parseResidentId(validNumber('371002', '1890-01-01', '001'), 'idNumber', TODAY).birthDate).toBe(
        '1890-01-01',
      );
    });
  });

  describe('converts a 15-digit number issued before 1999', () => {
    it('to 18 digits by inserting 19 before the year and appending the check character', () => {
      const converted = parseResidentId('130503670401001');
      expect(converted.number).toBe('130503196704010016');
      expect(converted).toMatchObject({ addressCode: '130503', birthDate: '1967-04-01', sex: 'MALE' });
    });

    it('with the same check character the MOD 11-2 weights give', () => {
      const converted = parseResidentId('371002530101123', 'idNumber', TODAY).number;
      expect(converted).toBe(withCheck('37100219530101123'));
    });

    it('to the number its holder was reissued, so both forms identify one person', () => {
      const eighteen = validNumber('371082', '1941-07-09', '046');
      const fifteen = eighteen.slice(0, 6) + eighteen.slice(8, 17);
      expect(parseResidentId(fifteen, 'idNumber', TODAY).number).toBe(eighteen);
    });

    it('and still refuses it when its date is impossible', () => {
      expect(refusal('371002530230123').message).toMatch(/birth date 1953-02-30 .* not a real date/);
    });
  });

  describe('refuses', () => {
    it('a wrong check character, naming the one expected', () => {
      const valid = validNumber('371002', '1953-01-01', '123');
      const error = refusal(withWrongCheck(valid), 'idNumber', TODAY);
      expect(error.message).toContain(`should be ${valid[17]}, not ${withWrongCheck(valid)[17]}`);
    });

    it('the published example with its check character mistyped as 0', () => {
      expect(refusal('110105194912310020').message).toContain('should be X, not 0');
    });

    it('a number with two digits swapped', () => {
      const valid = validNumber('371002', '1953-01-01', '123');
      const swapped = valid.slice(0, 14) + valid[15] + valid[14] + valid.slice(16);
      expect(refusal(swapped, 'idNumber', TODAY).message).toMatch(/check character \(last\) should be/);
    });

    it.each([
      ['February 30', '1953-02-30'],
      ['month 13', '1953-13-01'],
      ['month 00', '1953-00-10'],
      ['day 00', '1953-05-00'],
      ['April 31', '1953-04-31'],
      ['Feb 29 in a non-leap year (1953)', '1953-02-29'],
      ['Feb 29 in 1900, which is not a leap year', '1900-02-29'],
    ])('an impossible birth date: %s', (_, date) => {
      expect(refusal(validNumber('371002', date, '123'), 'idNumber', TODAY).message).toBe(
        `idNumber: birth date ${date} (digits 7–14) is not a real date`,
      );
    });

    it('a birth date after today', () => {
      expect(refusal(validNumber('371002', '2026-03-16', '123'), 'idNumber', TODAY).message).toBe(
        'idNumber: birth date 2026-03-16 (digits 7–14) is not plausible',
      );
    });

    it('a birth date before 1890', () => {
      expect(refusal(validNumber('371002', '1889-12-31', '123'), 'idNumber', TODAY).message).toBe(
        'idNumber: birth date 1889-12-31 (digits 7–14) is not plausible',
      );
    });

    it('the other published example 440524188001010014, whose address code is no longer known', () => {
      expect(refusal('440524188001010014').message).toContain('address code 440524');
    });

    it('an address code that is not a county', () => {
      expect(refusal(validNumber('999999', '1953-01-01', '123'), 'idNumber', TODAY).message).toBe(
        'idNumber: address code 999999 (the first six digits) is not a known county code',
      );
    });

    it.each([
      ['17 characters', '11010519491231002', 17],
      ['19 characters', '11010519491231002X1', 19],
      ['16 characters', '1101051949123100', 16],
      ['14 digits', '11010549123100', 14],
      ['nothing', '', 0],
      ['only spaces', '   ', 0],
    ])('a number of the wrong length: %s', (_, input, length) => {
      expect(refusal(input).message).toBe(
        `idNumber: an ID number has 18 characters (or 15 digits for a number issued before 1999); this one has ${length}`,
      );
    });

    it.each([
      ['a letter among the first 17', '1101051949123100AX'],
      ['X anywhere but last', '110105X94912310020'],
      ['a hyphen', '110105-1949123102X'],
      ['a 15-digit number ending in X', '11010549123100X'],
      ['a full-width digit', '１10105194912310020'],
    ])('a number with a character that is not a digit: %s', (_, input) => {
      expect(refusal(input).message).toBe('idNumber: an ID number has only digits, and the 18th character may be X');
    });
  });

  describe('every refusal', () => {
    const refused = [
      withWrongCheck(validNumber('371002', '1953-01-01', '123')),
      validNumber('371002', '1953-02-30', '123'),
      validNumber('371002', '2030-01-01', '123'),
      validNumber('999999', '1953-01-01', '123'),
      '1234',
      '1101051949123100AX',
    ];

    it.each(refused)('is a GraphQLError with code BAD_USER_INPUT naming the field passed (%s)', (input) => {
      const error = refusal(input, 'applicant.idNumber', TODAY);
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'applicant.idNumber' });
      expect(error.message.startsWith('applicant.idNumber: ')).toBe(true);
    });

    it('names the field idNumber when none is passed', () => {
      expect(refusal('1234').extensions.field).toBe('idNumber');
    });
  });
});

describe('checkCharacter', () => {
  it('agrees with the documented MOD 11-2 weights on many numbers', () => {
    for (let n = 0; n < 200; n++) {
      const first17 = '3710' + String(10_000_000_000_000 + n * 7_919_113).slice(-13);
      expect(checkCharacter(first17)).toBe(withCheck(first17)[17]);
    }
  });
});
