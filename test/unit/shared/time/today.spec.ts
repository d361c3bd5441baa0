import { todayIso } from '../../../../subgraphs/shared/time/today';

describe("today's date", () => {
  afterEach(() => jest.useRealTimers());

  it('turns at midnight in China (16:00 UTC), as the clock moves on and back', () => {
    jest.useFakeTimers({ now: new Date('2026-12-03T15:59:59.999Z') });
    expect(todayIso()).toBe('2026-12-03');
    jest.setSystemTime(new Date('2026-12-03T16:00:00.000Z'));
    expect(todayIso()).toBe('2026-12-04');
    jest.setSystemTime(new Date('2026-12-04T15:59:59.999Z'));
    expect(todayIso()).toBe('2026-12-04');
    // A clock set back (a test, an operator's correction) gets its own day, not the one kept.
    jest.setSystemTime(new Date('2024-02-28T16:00:00.000Z'));
    expect(todayIso()).toBe('2024-02-29');
    jest.setSystemTime(new Date('2026-12-31T16:00:00.000Z'));
    expect(todayIso()).toBe('2027-01-01');
  });
});
