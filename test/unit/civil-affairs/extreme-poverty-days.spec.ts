import {
  type ExtremePovertyRecord,
  extremePovertyOverDays,
} from '../../../subgraphs/civil-affairs/indicators/extreme-poverty-days';

const DAYS = ['2024-03-31', '2024-01-31', '2024-02-29'];
const DISABLED = ['MILD_DISABILITY', 'SEVERE_DISABILITY'];

const elder = (personKey: string, born: string, died: string | null, wishing: number): ExtremePovertyRecord => ({
  kind: 'elder',
  personKey,
  districtCode: '371002',
  fromOn: born,
  untilOn: died,
  wishing,
  level: null,
  id: 0,
});
const assessed = (personKey: string, on: string, level: string, id: number): ExtremePovertyRecord => ({
  kind: 'assessment',
  personKey,
  districtCode: null,
  fromOn: on,
  untilOn: null,
  wishing: null,
  level,
  id,
});
const stay = (personKey: string, admitted: string, discharged: string | null): ExtremePovertyRecord => ({
  kind: 'stay',
  personKey,
  districtCode: null,
  fromOn: admitted,
  untilOn: discharged,
  wishing: null,
  level: null,
  id: 1,
});

describe('indicators 1 and 2 over many days from each elder’s records read once', () => {
  it('counts an elder on the days they are 60 and alive, by their latest assessment and a stay holding the day', () => {
    const counts = extremePovertyOverDays(
      DAYS,
      [
        // Disabled from 2024-02-01; two assessments that day: the later record (id 7) decides.
        elder('a', '1950-01-01', null, 1),
        assessed('a', '2024-02-01', 'CAPABLE', 6),
        assessed('a', '2024-02-01', 'MILD_DISABILITY', 7),
        stay('a', '2024-02-29', '2024-03-31'), // in care on 02-29 only (discharged on 03-31)
        // 60 on 2024-02-15, died on 2024-03-31 (counts on no day from it), disabled all along, not wishing.
        elder('b', '1964-02-15', '2024-03-31', 0),
        assessed('b', '2020-01-01', 'SEVERE_DISABILITY', 1),
        stay('b', '2023-01-01', null),
      ],
      DISABLED,
    );
    expect(
      counts.map(
        (c) =>
          `${c.day} ${c.disabledExtremePoverty} ${c.disabledExtremePovertyInCare} ${c.extremePovertyWishingCare} ${c.extremePovertyWishingCareInCare}`,
      ),
    ).toEqual(['2024-01-31 0 0 1 0', '2024-02-29 2 2 1 1', '2024-03-31 1 0 1 0']);
  });
});
