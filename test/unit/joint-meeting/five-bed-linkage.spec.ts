import { describe, expect, it } from '@jest/globals';
import { currentOf, fiveBedJourney } from '../../../subgraphs/joint-meeting/five-bed/five-bed-journey';
import { LtciCareForm } from '../../../subgraphs/shared/ltci/ltci-care-form.enum';
import { linkEpisodes, type LinkageEpisode, percentile } from '../../../subgraphs/joint-meeting/five-bed/linkage';
import { LtciCareForm as InsuranceLtciCareForm } from '../../../subgraphs/shared/ltci/ltci-care-form.enum';
import { FiveBedKind } from '../../../subgraphs/shared/five-bed/five-bed-kind.enum';
import { checkFiveBedLinkageKey, lastFullQuarter, linkKeyOf } from '../../../subgraphs/shared/five-bed/linkage-key';

const {
  ELDER_CARE_BED: CARE,
  FAMILY_ELDER_CARE_BED: FAMILY,
  MEDICAL_BED: MEDICAL,
  HOME_SICKBED: SICKBED,
  HOSPICE_BED: HOSPICE,
} = FiveBedKind;
const PERIOD = { from: '2026-04-01', to: '2026-06-30', windowDays: 30 };
const episode = (
  linkKey: string,
  kind: FiveBedKind,
  startedOn: string,
  endedOn: string | null,
  extra: Partial<LinkageEpisode> = {},
): LinkageEpisode => ({ linkKey, kind, startedOn, endedOn, inArea: true, endedByDeath: false, ...extra });

describe('percentiles by linear interpolation between closest ranks', () => {
  it('is null for no values and the value itself for one', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([7], 0.9)).toBe(7);
  });

  it('interpolates between ranks, whatever the input order, to one decimal', () => {
    expect(percentile([10, 3], 0.5)).toBe(6.5);
    expect(percentile([10, 3], 0.9)).toBe(9.3);
    expect(percentile([10, 0, 3, 1], 0.5)).toBe(2);
    expect(percentile([10, 0, 3, 1], 0.9)).toBe(7.9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
    expect(percentile([0, 1], 0.9)).toBe(0.9);
  });
});

describe('linking bed episodes into transfers and gaps', () => {
  // The integration dataset of 乳山市 in the second quarter of 2026, as the two departments hand it over.
  const quarter: LinkageEpisode[] = [
    episode('A', FAMILY, '2025-06-01', '2026-03-30'),
    episode('A', MEDICAL, '2026-04-01', '2026-04-10'),
    episode('A', CARE, '2026-04-13', '2026-06-20'),
    episode('A', HOSPICE, '2026-06-25', null),
    episode('B', MEDICAL, '2026-05-01', '2026-05-20'),
    episode('B', SICKBED, '2026-05-30', null),
    episode('C', MEDICAL, '2026-05-05', '2026-05-15'),
    episode('C', MEDICAL, '2026-07-05', null),
    episode('D', MEDICAL, '2026-06-01', '2026-06-08', { endedByDeath: true }),
    episode('E', MEDICAL, '2026-06-10', '2026-06-20'),
    episode('E', FAMILY, '2026-06-21', null),
    episode('F', MEDICAL, '2026-04-20', '2026-04-25'),
    episode('F', MEDICAL, '2026-04-25', '2026-05-10', { inArea: false }),
  ];

  it('counts each bed left in the area in the period once, towards the first next bed within the window, in enum order', () => {
    expect(linkEpisodes(quarter, PERIOD)).toEqual({
      transfers: [
        { from: CARE, to: HOSPICE, count: 1 },
        { from: MEDICAL, to: CARE, count: 1 },
        { from: MEDICAL, to: FAMILY, count: 1 },
        { from: MEDICAL, to: MEDICAL, count: 1 },
        { from: MEDICAL, to: SICKBED, count: 1 },
      ],
      hospitalDischarges: 5,
      hospitalDischargesWithNextBed: 4,
      hospitalDischargesWithoutNextBed: 1,
      medianDaysToNextBed: 2,
      p90DaysToNextBed: 7.9,
    });
  });

  it('drops the next beds entered more than the window after leaving', () => {
    expect(linkEpisodes(quarter, { ...PERIOD, windowDays: 2 })).toEqual({
      transfers: [
        { from: MEDICAL, to: FAMILY, count: 1 },
        { from: MEDICAL, to: MEDICAL, count: 1 },
      ],
      hospitalDischarges: 5,
      hospitalDischargesWithNextBed: 2,
      hospitalDischargesWithoutNextBed: 3,
      medianDaysToNextBed: 0.5,
      p90DaysToNextBed: 0.9,
    });
  });

  it('ignores beds left outside the period or the area, and beds left by death', () => {
    const figures = linkEpisodes(
      [
        episode('X', MEDICAL, '2026-03-01', '2026-03-31'),
        episode('X', CARE, '2026-04-01', null),
        episode('Y', MEDICAL, '2026-06-01', '2026-07-01'),
        episode('Y', SICKBED, '2026-07-01', null),
        episode('Z', MEDICAL, '2026-05-01', '2026-05-10', { inArea: false }),
        episode('Z', CARE, '2026-05-10', null),
        episode('W', CARE, '2026-05-01', '2026-05-10', { endedByDeath: true }),
        episode('W', HOSPICE, '2026-05-10', null),
      ],
      PERIOD,
    );
    expect(figures).toEqual({
      transfers: [],
      hospitalDischarges: 0,
      hospitalDischargesWithNextBed: 0,
      hospitalDischargesWithoutNextBed: 0,
      medianDaysToNextBed: null,
      p90DaysToNextBed: null,
    });
  });

  it('takes as next bed the earliest started on or after the day left (then by kind), never one entered before, nor the bed itself', () => {
    const figures = linkEpisodes(
      [
        // A home sickbed left open on admission is not the next bed after the discharge.
        episode('P', SICKBED, '2026-04-01', null),
        episode('P', MEDICAL, '2026-04-05', '2026-04-15'),
        episode('P', HOSPICE, '2026-04-20', null),
        episode('P', CARE, '2026-04-20', null),
        // A bed entered and left on the same day is followed by the next one, not by itself.
        episode('Q', MEDICAL, '2026-05-02', '2026-05-02'),
        episode('Q', FAMILY, '2026-05-04', null),
      ],
      PERIOD,
    );
    expect(figures.transfers).toEqual([
      { from: MEDICAL, to: CARE, count: 1 },
      { from: MEDICAL, to: FAMILY, count: 1 },
    ]);
    expect([figures.medianDaysToNextBed, figures.p90DaysToNextBed]).toEqual([3.5, 4.7]);
  });

  it('counts one gap per discharge when an elder leaves hospital twice in a period', () => {
    const figures = linkEpisodes(
      [
        episode('R', MEDICAL, '2026-04-01', '2026-04-05'),
        episode('R', MEDICAL, '2026-04-06', '2026-04-09'),
        episode('R', HOSPICE, '2026-04-29', null),
      ],
      PERIOD,
    );
    expect(figures).toMatchObject({
      transfers: [
        { from: MEDICAL, to: MEDICAL, count: 1 },
        { from: MEDICAL, to: HOSPICE, count: 1 },
      ],
      hospitalDischarges: 2,
      hospitalDischargesWithNextBed: 2,
      medianDaysToNextBed: 10.5,
    });
  });
});

describe('an elder’s five-bed journey', () => {
  const HOME = '52371083MJ000080XX';
  const HOSPITAL = '12371083MB000081XX';
  const beds = [
    { kind: HOSPICE, startedOn: '2026-06-25', endedOn: null, facilityCode: HOSPITAL },
    { kind: CARE, startedOn: '2026-04-13', endedOn: '2026-06-20', facilityCode: HOME },
    { kind: MEDICAL, startedOn: '2026-04-01', endedOn: '2026-04-10', facilityCode: HOSPITAL },
    { kind: FAMILY, startedOn: '2025-06-01', endedOn: '2026-04-01', facilityCode: HOME },
  ];
  const months = [
    { month: '2026-05', careForm: LtciCareForm.HOME, providerCode: HOME },
    { month: '2026-04', careForm: LtciCareForm.INSTITUTIONAL, providerCode: HOME },
    { month: '2026-02', careForm: LtciCareForm.HOME, providerCode: HOME },
    { month: '2026-07', careForm: LtciCareForm.SPECIALIST_MEDICAL, providerCode: '12371083MB0000999X' },
  ];

  it('orders the beds by start and matches each to the care form of the earliest month settled with its facility that it occupied', () => {
    const journey = fiveBedJourney(beds, months);
    expect(journey.map(({ kind, startedOn, ltciCareForm }) => [kind, startedOn, ltciCareForm])).toEqual([
      [FAMILY, '2025-06-01', LtciCareForm.HOME],
      [MEDICAL, '2026-04-01', null],
      [CARE, '2026-04-13', LtciCareForm.INSTITUTIONAL],
      [HOSPICE, '2026-06-25', null],
    ]);
    expect(currentOf(journey)).toMatchObject({ kind: HOSPICE, startedOn: '2026-06-25' });
  });

  it('does not count the month of the day a bed was left as occupied', () => {
    const left = { kind: FAMILY, startedOn: '2026-02-10', endedOn: '2026-04-01', facilityCode: HOME };
    expect(
      fiveBedJourney([left], [{ month: '2026-04', careForm: LtciCareForm.HOME, providerCode: HOME }])[0].ltciCareForm,
    ).toBeNull();
    expect(
      fiveBedJourney([left], [{ month: '2026-03', careForm: LtciCareForm.HOME, providerCode: HOME }])[0].ltciCareForm,
    ).toBe(LtciCareForm.HOME);
  });

  it('on the same start day orders by kind, and the current bed is the open one entered last', () => {
    const journey = fiveBedJourney(
      [
        { kind: SICKBED, startedOn: '2026-05-01', endedOn: null, facilityCode: HOSPITAL },
        { kind: MEDICAL, startedOn: '2026-05-01', endedOn: null, facilityCode: HOSPITAL },
        { kind: CARE, startedOn: '2026-03-01', endedOn: null, facilityCode: HOME },
      ],
      [],
    );
    expect(journey.map((bed) => bed.kind)).toEqual([CARE, MEDICAL, SICKBED]);
    expect(currentOf(journey)?.kind).toBe(SICKBED);
    expect(
      currentOf(
        fiveBedJourney([{ kind: CARE, startedOn: '2026-03-01', endedOn: '2026-03-02', facilityCode: HOME }], []),
      ),
    ).toBeNull();
  });

  it('names the LTCI care forms exactly as medical insurance does, so composition merges one enum', () => {
    expect(Object.values(LtciCareForm)).toEqual(Object.values(InsuranceLtciCareForm));
  });
});

describe('the linkage key', () => {
  it('defaults to the last full quarter before today and a 30-day window', () => {
    expect(lastFullQuarter('2026-11-30')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(lastFullQuarter('2026-01-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(lastFullQuarter('2026-03-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(checkFiveBedLinkageKey({ areaCode: '371083' }, '2026-05-15')).toEqual({
      areaCode: '371083',
      from: '2026-01-01',
      to: '2026-03-31',
      windowDays: 30,
    });
  });

  it.each([
    [{ areaCode: '371083100' }, 'areaCode'],
    [{ areaCode: '371098' }, 'areaCode'],
    [{ areaCode: '110101' }, 'areaCode'],
    [{ areaCode: '371000', from: '2026-02-30' }, 'from'],
    [{ areaCode: '371000', to: '2026-12-01' }, 'to'],
    [{ areaCode: '371000', from: '2026-05-01', to: '2026-04-30' }, 'to'],
    [{ areaCode: '371000', windowDays: 0 }, 'windowDays'],
    [{ areaCode: '371000', windowDays: 366 }, 'windowDays'],
  ])('refuses %j naming %s', (key, field) => {
    expect(() => checkFiveBedLinkageKey(key, '2026-11-30')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }),
    );
  });

  it('pseudonymises an elder the same way within one linkage and unrelatedly across linkages', () => {
    const key = { areaCode: '371083', from: '2026-04-01', to: '2026-06-30', windowDays: 30 };
    const personKey = 'a'.repeat(32);
    const link = linkKeyOf(personKey, key, 'secret-of-the-hub-for-this-test-only');
    expect(link).toMatch(/^[0-9a-f]{24}$/);
    expect(linkKeyOf(personKey, { ...key }, 'secret-of-the-hub-for-this-test-only')).toBe(link);
    for (const other of [
      { ...key, windowDays: 2 },
      { ...key, areaCode: '371002' },
      { ...key, to: '2026-06-29' },
    ])
      expect(linkKeyOf(personKey, other, 'secret-of-the-hub-for-this-test-only')).not.toBe(link);
    expect(linkKeyOf('b'.repeat(32), key, 'secret-of-the-hub-for-this-test-only')).not.toBe(link);
  });
});
