import { parseInstant } from '../../../../subgraphs/shared/time/instant';

/** The BAD_USER_INPUT field an instant is refused under, or a failure if it is accepted. */
function refusedField(value: string): unknown {
  try {
    parseInstant('filter.from', value);
  } catch (error) {
    return (error as { extensions: { field: string } }).extensions.field;
  }
  throw new Error(`${value} was accepted`);
}

describe('parseInstant', () => {
  it('reads an instant in UTC or with an offset', () => {
    expect(parseInstant('from', '2026-11-01T08:30:00Z').toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(parseInstant('from', '2026-11-01T08:30:00.250+08:00').toISOString()).toBe('2026-11-01T00:30:00.250Z');
    expect(parseInstant('from', '2026-11-01T08:30-05:30').toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('reads a date alone as the start of that day in China Standard Time', () => {
    expect(parseInstant('from', '2026-11-01').toISOString()).toBe('2026-10-31T16:00:00.000Z');
  });

  it('reads what the hub itself writes (Date.prototype.toISOString)', () => {
    const now = new Date();
    expect(parseInstant('from', now.toISOString()).getTime()).toBe(now.getTime());
  });

  it.each([
    'May 5',
    '2026-05-05 00:00:00',
    '2026-11-01T08:30:00',
    "2026-01-01' OR '1'='1",
    '2026-02-30',
    '2026-13-01',
    '2026-11-01T24:00:00Z',
    '2026-11-01T08:60:00Z',
    '2026-11-01T08:30:00+15:00',
    '20261101',
    '',
  ])('refuses %j naming the field', (value) => {
    expect(refusedField(value)).toBe('filter.from');
  });
});
