import { GraphQLError } from 'graphql';
import { creditCodeCheckCharacter, parseCreditCode } from '../../../../subgraphs/shared/identity/credit-code';

/** GB 32100-2015 check character, computed here independently of the code under test. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * (3 ** i % 31);
  return first17 + CHARSET[(31 - (sum % 31)) % 31];
}

/** A real, published code. */
const PUBLISHED = '91350100M000100Y43';

function refusal(input: string, field?: string): GraphQLError {
  try {
    parseCreditCode(input, field);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error(`expected ${input} to be refused`);
}

describe('parseCreditCode', () => {
  it('accepts the published code 91350100M000100Y43', () => {
    expect(parseCreditCode(PUBLISHED)).toBe(PUBLISHED);
  });

  it('accepts a Weihai institution code whose check character was computed independently', () => {
    const code = withCheck('12371083MB0000001');
    expect(parseCreditCode(code)).toBe(code);
  });

  it('normalises lower case and spaces to the upper-case code', () => {
    expect(parseCreditCode(' 91350100m000100y43 ')).toBe(PUBLISHED);
    expect(parseCreditCode('9135 0100 M000 100Y 43')).toBe(PUBLISHED);
  });

  it.each([
    ['the check character mistyped', '91350100M000100Y44', 'should be 3, not 4'],
    ['the last two characters swapped', '91350100M000100Y34', 'should be 0, not 4'],
    ['two digits of the organisation code swapped', '91350100M000010Y43', 'should be J, not 3'],
    ['a digit of the area code mistyped', '91350200M000100Y43', 'the check character (last) should be'],
  ])('refuses the published code with %s', (_, input, message) => {
    expect(refusal(input).message).toContain(message);
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the forbidden letter %s', (letter) => {
    const code = `91350100M${letter}00100Y43`;
    expect(refusal(code).message).toBe(
      'code: a unified social credit code has 18 characters: digits and capital letters except I, O, Z, S, V, with digits 3–8 the registering area code',
    );
  });

  it('refuses a letter among digits 3–8, the registering area code', () => {
    expect(refusal('9135A100M000100Y43').message).toContain('digits 3–8 the registering area code');
  });

  it.each([
    ['17 characters', PUBLISHED.slice(0, 17)],
    ['19 characters', `${PUBLISHED}0`],
    ['nothing', ''],
    ['punctuation', '91350100-M000100Y4'],
  ])('refuses a code of the wrong shape: %s', (_, input) => {
    expect(refusal(input).message).toMatch(/has 18 characters/);
  });

  it('refuses with a GraphQLError coded BAD_USER_INPUT naming the field passed', () => {
    const error = refusal('91350100M000100Y44', 'institution.code');
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'institution.code' });
    expect(error.message.startsWith('institution.code: ')).toBe(true);
  });
});

describe('creditCodeCheckCharacter', () => {
  it('is 3 for the first 17 characters of the published code', () => {
    expect(creditCodeCheckCharacter(PUBLISHED.slice(0, 17))).toBe('3');
  });

  it('agrees with the GB 32100 weights (3^i mod 31) on many codes', () => {
    for (let n = 0; n < 200; n++) {
      let body = '';
      for (let i = 0; i < 9; i++) body += CHARSET[(n * 7 + i * 13) % 31];
      const first17 = `52371002${body}`;
      expect(creditCodeCheckCharacter(first17)).toBe(withCheck(first17)[17]);
    }
  });
});
