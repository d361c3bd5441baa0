import { addMonths, firstDayOf, isMonth, lastDayOf, monthOf } from '../../../../subgraphs/shared/time/months';

describe('calendar months', () => {
  it('accepts YYYY-MM with a real month only', () => {
    expect(['2025-01', '2025-12'].map(isMonth)).toEqual([true, true]);
    expect(['2025-13', '2025-00', '2025-1', '202501', '2025-01-01'].map(isMonth)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('steps across year ends in both directions', () => {
    expect(addMonths('2025-11', 2)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -12)).toBe('2025-03');
    expect(monthOf('2026-02-17')).toBe('2026-02');
  });

  it('knows the first and last day, leap years included', () => {
    expect(firstDayOf('2026-02')).toBe('2026-02-01');
    expect(['2024-02', '2025-02', '2025-04', '2025-12'].map(lastDayOf)).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2025-04-30',
      '2025-12-31',
    ]);
  });
});
