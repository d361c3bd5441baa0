import { firstOverlapping, peakOccupancyIn } from '../../../subgraphs/health/stays/stay-rules';

const stay = (admittedOn: string, dischargedOn: string | null = null) => ({ admittedOn, dischargedOn });
const DATES = { start: 'admittedOn', end: 'dischargedOn' } as const;

describe('the bed rules a bulk load applies to the stays it has read', () => {
  it('counts the most beds occupied on the admission day or any later admission day, a bed free again on its discharge day', () => {
    expect(peakOccupancyIn([], '2025-03-01')).toBe(0);
    expect(peakOccupancyIn([stay('2025-01-01', '2025-03-01')], '2025-03-01')).toBe(0);
    expect(peakOccupancyIn([stay('2025-01-01', '2025-03-02')], '2025-03-01')).toBe(1);
    expect(peakOccupancyIn([stay('2025-01-01'), stay('2025-04-01')], '2025-03-01')).toBe(2);
    // A later admission the day an earlier stay ends takes its bed: never two at once.
    expect(peakOccupancyIn([stay('2025-02-01', '2025-04-01'), stay('2025-04-01')], '2025-03-01')).toBe(1);
    expect(peakOccupancyIn([stay('2025-02-01', '2025-04-02'), stay('2025-04-01')], '2025-03-01')).toBe(2);
  });

  it('finds the earliest stay a new one from a day would overlap: open, ending after it or starting on or after it', () => {
    const ended = stay('2024-01-01', '2024-02-01');
    const endsOnTheDay = stay('2025-01-01', '2025-03-01');
    const later = stay('2025-05-01', '2025-06-01');
    expect(firstOverlapping([ended, endsOnTheDay], '2025-03-01', DATES)).toBeNull();
    expect(firstOverlapping([later, ended, stay('2025-02-01')], '2025-03-01', DATES)).toEqual(stay('2025-02-01'));
    expect(firstOverlapping([ended, later], '2025-03-01', DATES)).toBe(later);
  });
});
