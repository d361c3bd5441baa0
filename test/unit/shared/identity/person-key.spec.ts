import { GraphQLError } from 'graphql';
import { assertPersonKey, personKeyFromIdNumber, personKeyOf } from '../../../../subgraphs/shared/identity/person-key';

const SECRET = 'a-secret-shared-by-the-five-departments';
const NUMBER = '11010519491231002X';

describe('personKeyFromIdNumber', () => {
  it('gives the same key for the same number, every time', () => {
    expect(personKeyFromIdNumber(NUMBER, SECRET)).toBe(personKeyFromIdNumber(NUMBER, SECRET));
  });

  it('gives the same key whichever way a clerk typed the number (lower-case x, spaces)', () => {
    expect(personKeyFromIdNumber(' 110105 19491231 002x', SECRET)).toBe(personKeyFromIdNumber(NUMBER, SECRET));
  });

  it('gives the same key for a 15-digit number and its 18-digit conversion', () => {
    expect(personKeyFromIdNumber('130503670401001', SECRET)).toBe(personKeyFromIdNumber('130503196704010016', SECRET));
  });

  it('gives a different key with a different secret', () => {
    expect(personKeyFromIdNumber(NUMBER, SECRET)).not.toBe(personKeyFromIdNumber(NUMBER, `${SECRET}-rotated`));
  });

  it('gives different keys for different people', () => {
    expect(personKeyFromIdNumber(NUMBER, SECRET)).not.toBe(personKeyFromIdNumber('130503196704010016', SECRET));
  });

  it('is 32 lower-case hexadecimal characters', () => {
    expect(personKeyFromIdNumber(NUMBER, SECRET)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('does not contain the ID number or its birth date', () => {
    const key = personKeyFromIdNumber(NUMBER, SECRET);
    expect(key).not.toContain('19491231');
    expect(key).not.toContain('110105');
  });

  it('agrees with personKeyOf on the normalised number, so seeded and entered persons join', () => {
    expect(personKeyFromIdNumber('11010519491231002x', SECRET)).toBe(personKeyOf(NUMBER, SECRET));
  });

  it('refuses an invalid number as BAD_USER_INPUT on the field passed', () => {
    let error: unknown;
    try {
      personKeyFromIdNumber('110105194912310020', SECRET, 'elder.idNumber');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'elder.idNumber' });
  });
});

describe('assertPersonKey', () => {
  const key = personKeyOf(NUMBER, SECRET);

  it('returns a well-formed key unchanged', () => {
    expect(assertPersonKey(key)).toBe(key);
  });

  it.each([
    ['upper-case hexadecimal', key.toUpperCase()],
    ['31 characters', key.slice(1)],
    ['33 characters', `${key}0`],
    ['a character that is not hexadecimal', `g${key.slice(1)}`],
    ['surrounding spaces', ` ${key} `],
    ['a raw ID number', NUMBER],
    ['nothing', ''],
  ])('refuses %s as BAD_USER_INPUT on the field passed', (_, value) => {
    let error: unknown;
    try {
      assertPersonKey(value, 'input.personKey');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personKey' });
    expect((error as GraphQLError).message).toBe(
      'input.personKey: a person key is 32 lower-case hexadecimal characters',
    );
  });

  it('names the field personKey when none is passed', () => {
    expect(() => assertPersonKey('nope')).toThrow('personKey: a person key is 32 lower-case hexadecimal characters');
  });
});
