import { Kind } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { LocalDateScalar } from '../../../../subgraphs/shared/schema/local-date';

/** The message a call throws. */
function errorOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('no error thrown');
}

describe('the LocalDate scalar', () => {
  afterEach(() => jest.restoreAllMocks());

  it('passes a calendar date and refuses others with graphql-scalars’ own errors, however often asked', () => {
    for (let time = 0; time < 2; time++) {
      expect(LocalDateScalar.serialize('2024-02-29')).toBe('2024-02-29');
      expect(LocalDateScalar.parseValue('2024-12-31')).toBe('2024-12-31');
      expect(LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: '2024-01-31' })).toBe('2024-01-31');
      for (const wrong of ['2023-02-29', '2024-13-01', '2024-1-01', 20240101]) {
        expect(() => LocalDateScalar.parseValue(wrong)).toThrow(errorOf(() => LocalDateResolver.parseValue(wrong)));
      }
    }
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.INT, value: '20240101' })).toThrow(/Can only validate strings/);
  });

  it('checks a date it has seen valid lately without building a Date again', () => {
    LocalDateScalar.serialize('2025-06-30');
    const built = jest.spyOn(Date.prototype, 'toISOString');
    for (let time = 0; time < 100; time++) LocalDateScalar.serialize('2025-06-30');
    expect(built).not.toHaveBeenCalled();
  });
});
