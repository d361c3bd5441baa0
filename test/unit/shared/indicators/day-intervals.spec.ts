import Database from 'better-sqlite3';
import { countsOverDays, dayIndexes } from '../../../../subgraphs/shared/indicators/day-intervals';

const DAYS = ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30'];

/** Records begun on `since` and ended on `ended` (exclusive), some with a missing day. */
const RECORDS: Array<{ id: number; since: string | null; ended: string | null }> = [
  { id: 1, since: '2023-05-01', ended: null }, // every day
  { id: 2, since: '2024-02-29', ended: '2024-04-01' }, // begun on a day asked, ended between two
  { id: 3, since: '2024-05-01', ended: null }, // begun after every day
  { id: 4, since: '2023-01-01', ended: '2024-01-31' }, // ended on the first day: counts on none
  { id: 5, since: null, ended: null }, // no start: never true, never counts
  { id: 6, since: '2024-03-15', ended: '2024-03-20' }, // between two days: counts on none
];

describe('counting records on many days by the interval of days each counts on', () => {
  it('gives each record the days a per-day check would, a null counting as false', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE record (id INTEGER, since TEXT, ended TEXT)');
    const insert = db.prepare('INSERT INTO record VALUES (:id, :since, :ended)');
    for (const record of RECORDS) insert.run(record);
    const on = dayIndexes(DAYS);
    const rows = db
      .prepare(
        `SELECT r.id AS id, ${on.from((day) => `r.since <= ${day.day}`)} AS fromDay,
                ${on.until((day) => `(r.ended IS NULL OR r.ended > ${day.day})`)} AS untilDay FROM record r ORDER BY r.id`,
      )
      .all(on.params) as Array<{ id: number; fromDay: number; untilDay: number }>;
    const counted = rows.map(({ id, fromDay, untilDay }) => [id, DAYS.slice(fromDay, Math.max(fromDay, untilDay))]);
    const perDay = RECORDS.map(({ id, since, ended }) => [
      id,
      DAYS.filter((day) => since !== null && since <= day && (ended === null || ended > day)),
    ]);
    expect(counted).toEqual(perDay);
    expect(counted).toEqual([
      [1, DAYS],
      [2, ['2024-02-29', '2024-03-31']],
      [3, []],
      [4, []],
      [5, []],
      [6, []],
    ]);
  });

  it('settles a record that holds on no day asked with one check, not one per day', () => {
    const db = new Database(':memory:');
    let checks = 0;
    db.function('begunBy', (since: string | null, day: string) => {
      checks++;
      return since !== null && since <= day ? 1 : 0;
    });
    db.exec('CREATE TABLE record (id INTEGER, since TEXT, ended TEXT)');
    db.prepare('INSERT INTO record VALUES (:id, :since, :ended)').run(RECORDS[2]); // begun after every day
    const on = dayIndexes(DAYS);
    const { fromDay } = db
      .prepare(`SELECT ${on.from((day) => `begunBy(r.since, ${day.day})`)} AS fromDay FROM record r`)
      .get(on.params) as { fromDay: number };
    expect(fromDay).toBe(DAYS.length);
    expect(checks).toBe(1);
  });

  it('adds the intervals up per day and group, leaving out a group nothing counts in on a day', () => {
    const rows = [
      { group: 'a', fromDay: 0, untilDay: 2, count: 3 },
      { group: 'a', fromDay: 1, untilDay: 9, count: '1' },
      { group: 'b', fromDay: 3, untilDay: 3, count: 5 },
      { group: 'b', fromDay: 2, untilDay: 4, count: 2 },
    ];
    const counts = countsOverDays(DAYS, rows, ({ group }) => group, String);
    expect(counts.map(({ day, group, count }) => `${day} ${group} ${count}`)).toEqual([
      '2024-01-31 a 3',
      '2024-02-29 a 4',
      '2024-03-31 a 1',
      '2024-03-31 b 2',
      '2024-04-30 a 1',
      '2024-04-30 b 2',
    ]);
  });
});
