import { auditDay, daysWithin } from '../../../../subgraphs/shared/audit/audit-day';

describe('auditDay', () => {
  it('counts whole UTC days since 1970-01-01', () => {
    expect(auditDay('1970-01-01T00:00:00.000Z')).toBe(0);
    expect(auditDay('1970-01-01T23:59:59.999Z')).toBe(0);
    expect(auditDay('2026-12-03T00:00:00.000Z')).toBe(20790);
    // 07:59 on the 4th in Weihai is still the 3rd in UTC, where the trail's instants are.
    expect(auditDay('2026-12-03T23:59:59.999Z')).toBe(20790);
    expect(auditDay('2028-02-29T12:00:00.000Z')).toBe(auditDay('2028-02-28T12:00:00.000Z') + 1);
  });
});

describe('daysWithin', () => {
  const first = 20788;
  const last = 20795;

  it('is every day of the trail without a span', () => {
    expect(daysWithin(first, last)).toEqual([20788, 20789, 20790, 20791, 20792, 20793, 20794, 20795]);
    expect(daysWithin(last, last)).toEqual([last]);
  });

  it('starts on the day of `from`, whatever its time of day', () => {
    expect(daysWithin(first, last, '2026-12-03T23:00:00.000Z')).toEqual([20790, 20791, 20792, 20793, 20794, 20795]);
  });

  it('ends before `to`: an instant at midnight leaves its own day out', () => {
    expect(daysWithin(first, last, undefined, '2026-12-05T00:00:00.000Z')).toEqual([20788, 20789, 20790, 20791]);
    expect(daysWithin(first, last, undefined, '2026-12-05T00:00:00.001Z')).toEqual([20788, 20789, 20790, 20791, 20792]);
  });

  it('keeps within the trail’s days, and is empty where the span and the trail do not meet', () => {
    expect(daysWithin(first, last, '2020-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z')).toHaveLength(8);
    expect(daysWithin(first, last, '2026-12-10T00:00:00.000Z')).toEqual([]);
    expect(daysWithin(first, last, undefined, '2026-12-01T00:00:00.000Z')).toEqual([]);
    expect(daysWithin(first, last, '2026-12-04T00:00:00.000Z', '2026-12-04T00:00:00.000Z')).toEqual([]);
  });
});
