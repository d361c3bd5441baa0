import { unpackEpisodes } from '../../../subgraphs/shared/five-bed/linked-episodes';
import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { idNumber } from '../../support/builders/identifiers';
import {
  type As,
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  startTestHub,
  type TestHub,
} from '../../support/test-hub';

/**
 * The five-bed linkage pilot (五床联动) through the gateway, on a small 乳山市 recorded with each
 * department's own mutations. The second quarter of 2026:
 *   A  family bed (to 03-30) → hospital 04-01..04-10 → (3 days) institution bed 04-13..06-20 → (5 days) hospice from 06-25
 *   B  hospital 05-01..05-20 → (10 days) home sickbed from 05-30
 *   C  hospital 05-05..05-15, no next bed within 30 days (hospital again 07-05)
 *   D  dies in hospital 06-08
 *   E  hospital 06-10..06-20 → (1 day) family bed from 06-21
 *   F  hospital in 乳山 04-20..04-25 → (same day) hospital in 文登 04-25..05-10, then home
 *   G, H in the institution on 06-30; I in hospital on 06-30.
 */
const credit = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const HOME = credit('52371083MJ0000801');
const HOSPITAL = credit('12371083MB0000811');
const HOSPICE_CENTRE = credit('12371083MB0000812');
const WENDENG_HOSPITAL = credit('12371003MB0000813');
const RUSHAN = '371083';
const WENDENG = '371003';
const CITY = '371000';
const Q2 = { from: '2026-04-01', to: '2026-06-30' };

const PEOPLE = {
  A: { idNumber: idNumber(RUSHAN, '1938-02-03', 811), name: '于德福', areaCode: '371083100' },
  B: { idNumber: idNumber(RUSHAN, '1941-04-05', 822), name: '宋秀兰', areaCode: '371083100' },
  C: { idNumber: idNumber(RUSHAN, '1945-06-07', 833), name: '姜明山', areaCode: '371083001' },
  D: { idNumber: idNumber(RUSHAN, '1936-08-09', 844), name: '林建国', areaCode: '371083001' },
  E: { idNumber: idNumber(RUSHAN, '1948-10-11', 855), name: '曲桂英', areaCode: '371083100' },
  F: { idNumber: idNumber(RUSHAN, '1943-12-13', 866), name: '丛玉珍', areaCode: '371083001' },
  G: { idNumber: idNumber(RUSHAN, '1940-01-14', 877), name: '王永福', areaCode: '371083001' },
  H: { idNumber: idNumber(RUSHAN, '1939-03-15', 888), name: '孙丽华', areaCode: '371083001' },
  I: { idNumber: idNumber(RUSHAN, '1944-05-16', 899), name: '刘洪涛', areaCode: '371083001' },
};
type Person = keyof typeof PEOPLE;

const LINKAGE = `query($area: ID!, $from: LocalDate, $to: LocalDate, $window: Int) {
  fiveBedLinkage(areaCode: $area, from: $from, to: $to, windowDays: $window) {
    areaCode from to windowDays pilot area { name }
    beds { kind capacity occupied occupancyRate }
    transfers { from to count }
    hospitalDischarges hospitalDischargesWithNextBed hospitalDischargesWithoutNextBed medianDaysToNextBed p90DaysToNextBed
  }
}`;
const JOURNEY = `query($key: ID!) {
  elder(personKey: $key) {
    fiveBedJourney { kind startedOn endedOn facilityCode institution { name } medicalInstitution { code name } ltciCareForm }
    currentFiveBed { kind startedOn facilityCode }
  }
}`;

describe.each(DATABASE_TARGETS)('the five-bed linkage pilot (%s)', (target) => {
  let hub: TestHub;
  const keys = {} as Record<Person, string>;

  async function ok<T = Record<string, any>>(result: Promise<GraphQLResult<T>>): Promise<T> {
    const { data, errors } = await result;
    if (errors) throw new Error(JSON.stringify(errors));
    return data!;
  }
  /** A department system's mutation `name(input: $input) { … }`, whose input type is `<Name>Input`. */
  const mutationsOf = (caller: As) => (selection: string, input: Record<string, unknown>) =>
    ok(
      hub.query(
        `mutation($input: ${selection.split('(')[0].replace(/^./, (c) => c.toUpperCase())}Input!) { ${selection} }`,
        { input },
        caller,
      ),
    );
  const linkage = async (area: string, period: { from?: string; to?: string }, window?: number, as: As = 'analyst') =>
    (await ok(hub.query(LINKAGE, { area, ...period, window }, as))).fiveBedLinkage;

  beforeAll(async () => {
    hub = await startTestHub(target);
    const civil = mutationsOf('civil-affairs-system');
    const health = mutationsOf('health-system');
    const insurance = mutationsOf('medical-insurance-system');

    for (const [person, input] of Object.entries(PEOPLE)) {
      keys[person as Person] = (
        await civil('registerElder(input: $input) { personKey }', {
          ...input,
          livingSituation: 'EMPTY_NEST',
          economicStatus: 'ORDINARY',
        })
      ).registerElder.personKey;
    }
    await civil('registerInstitution(input: $input) { code }', {
      code: HOME,
      name: '乳山市颐和养老院',
      areaCode: '371083001',
      ownership: 'PUBLIC',
      openedOn: '2015-01-01',
    });
    const beds = (
      await civil('addBeds(input: $input) { id }', {
        institutionCode: HOME,
        kind: 'NURSING',
        labels: ['1-1', '1-2', '1-3', '1-4'],
        inServiceFrom: '2020-01-01',
      })
    ).addBeds.map((bed: { id: string }) => bed.id);
    await civil('addBeds(input: $input) { id }', {
      institutionCode: HOME,
      kind: 'GENERAL',
      labels: ['2-1', '2-2'],
      inServiceFrom: '2020-01-01',
    });
    await civil('addBeds(input: $input) { id }', {
      institutionCode: HOME,
      kind: 'NURSING',
      labels: ['3-1', '3-2'],
      inServiceFrom: '2026-08-01',
    });

    const medical = (code: string, name: string, areaCode: string, extra: Record<string, unknown>) =>
      health('registerMedicalInstitution(input: $input) { code }', {
        code,
        name,
        kind: 'GENERAL_HOSPITAL',
        level: 2,
        isPublic: true,
        areaCode,
        ...extra,
      });
    await medical(HOSPITAL, '乳山市人民医院', RUSHAN, { medicalBeds: 100 });
    await medical(HOSPICE_CENTRE, '乳山市安宁疗护中心', '371083100', {
      kind: 'NURSING_HOME',
      isPublic: false,
      medicalBeds: 10,
      hospiceBeds: 5,
      hospiceProvider: true,
    });
    await medical(WENDENG_HOSPITAL, '文登区人民医院', WENDENG, { medicalBeds: 50 });

    const hospital = async (person: Person, code: string, admittedOn: string, discharge?: [string, string]) => {
      const stay = (
        await health('admitToHospital(input: $input) { id }', {
          idNumber: PEOPLE[person].idNumber,
          medicalInstitutionCode: code,
          admittedOn,
        })
      ).admitToHospital.id;
      if (discharge)
        await health('dischargeFromHospital(input: $input) { id }', {
          hospitalStayId: stay,
          dischargedOn: discharge[0],
          destination: discharge[1],
        });
    };

    // A: family bed, hospital, institution, hospice.
    const familyBed = (
      await civil('openFamilyBed(input: $input) { id }', {
        personKey: keys.A,
        operatorCode: HOME,
        openedOn: '2025-06-01',
      })
    ).openFamilyBed.id;
    await civil('closeFamilyBed(input: $input) { id }', {
      familyBedId: familyBed,
      closedOn: '2026-03-30',
      reason: 'HOSPITAL',
    });
    await hospital('A', HOSPITAL, '2026-04-01', ['2026-04-10', 'ELDER_CARE_INSTITUTION']);
    const stay = (
      await civil('admitToInstitution(input: $input) { id }', {
        personKey: keys.A,
        bedId: beds[0],
        admittedOn: '2026-04-13',
      })
    ).admitToInstitution.id;
    await civil('dischargeFromInstitution(input: $input) { id }', {
      stayId: stay,
      dischargedOn: '2026-06-20',
      reason: 'HOSPICE',
    });
    await health('admitToHospice(input: $input) { id }', {
      idNumber: PEOPLE.A.idNumber,
      medicalInstitutionCode: HOSPICE_CENTRE,
      admittedOn: '2026-06-25',
    });
    // B: hospital, then a home sickbed ten days later.
    await hospital('B', HOSPITAL, '2026-05-01', ['2026-05-20', 'HOME_SICKBED']);
    await health('openHomeSickbed(input: $input) { id }', {
      idNumber: PEOPLE.B.idNumber,
      medicalInstitutionCode: HOSPITAL,
      areaCode: '371083100',
      openedOn: '2026-05-30',
    });
    // C: home from hospital with no bed; back in hospital 51 days later.
    await hospital('C', HOSPITAL, '2026-05-05', ['2026-05-15', 'HOME']);
    await hospital('C', HOSPITAL, '2026-07-05');
    // D: dies in hospital.
    await hospital('D', HOSPITAL, '2026-06-01', ['2026-06-08', 'DECEASED']);
    await ok(
      hub.query(
        `mutation($key: ID!) { updateElder(personKey: $key, input: { deceasedOn: "2026-06-08" }) { personKey } }`,
        { key: keys.D },
      ),
    );
    // E: hospital, then a family bed the next day.
    await hospital('E', HOSPITAL, '2026-06-10', ['2026-06-20', 'FAMILY_BED']);
    await civil('openFamilyBed(input: $input) { id }', {
      personKey: keys.E,
      operatorCode: HOME,
      openedOn: '2026-06-21',
    });
    // F: transferred from a 乳山 hospital to a 文登 one on the same day.
    await hospital('F', HOSPITAL, '2026-04-20', ['2026-04-25', 'OTHER_HOSPITAL']);
    await hospital('F', WENDENG_HOSPITAL, '2026-04-25', ['2026-05-10', 'HOME']);
    // G and H in the institution on 30 June (H from that very day), I in hospital.
    await civil('admitToInstitution(input: $input) { id }', {
      personKey: keys.G,
      bedId: beds[1],
      admittedOn: '2026-01-05',
    });
    await civil('admitToInstitution(input: $input) { id }', {
      personKey: keys.H,
      bedId: beds[0],
      admittedOn: '2026-06-30',
    });
    await hospital('I', HOSPITAL, '2026-06-28');

    // Medical insurance: A is insured and severely disabled; the institution is designated; three months are settled.
    await insurance('enrolInLtci(input: $input) { personKey }', {
      idNumber: PEOPLE.A.idNumber,
      scheme: 'URBAN_RURAL_RESIDENT',
      since: '2025-01-01',
      districtCode: RUSHAN,
    });
    await insurance('recordLtciAssessment(input: $input) { id }', {
      personKey: keys.A,
      grade: 'SEVERE_DISABILITY_II',
      assessedOn: '2025-01-15',
      assessingOrganisation: '乳山市长期护理保险失能评估中心',
    });
    await insurance('designateLtciProvider(input: $input) { id }', {
      providerKind: 'ELDER_CARE_INSTITUTION',
      providerCode: HOME,
      providerLevel: 'ELDER_CARE',
      districtCode: RUSHAN,
      designatedFrom: '2025-01-01',
    });
    const settle = (month: string, careForm: string, days: number, extra: Record<string, unknown> = {}) =>
      insurance('settleLtciMonth(input: $input) { id }', {
        personKey: keys.A,
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode: HOME,
        month,
        careForm,
        payee: 'PROVIDER',
        days,
        chargedFen: 90_000,
        ...extra,
      });
    await settle('2026-02', 'HOME', 28, { homeCareService: 'DAILY_LIFE' });
    await settle('2026-04', 'INSTITUTIONAL', 18);
    await settle('2026-05', 'INSTITUTIONAL', 31);
  });
  afterAll(() => hub?.stop());

  describe('per elder', () => {
    it('shows a health-commission system an elder’s journey through the five beds in order, with facilities and the LTCI care form that paid', async () => {
      const { elder } = await ok(hub.query(JOURNEY, { key: keys.A }, 'health-system'));
      expect(elder).toEqual({
        fiveBedJourney: [
          {
            kind: 'FAMILY_ELDER_CARE_BED',
            startedOn: '2025-06-01',
            endedOn: '2026-03-30',
            facilityCode: HOME,
            institution: { name: '乳山市颐和养老院' },
            medicalInstitution: null,
            ltciCareForm: 'HOME',
          },
          {
            kind: 'MEDICAL_BED',
            startedOn: '2026-04-01',
            endedOn: '2026-04-10',
            facilityCode: HOSPITAL,
            institution: null,
            medicalInstitution: { code: HOSPITAL, name: '乳山市人民医院' },
            ltciCareForm: null,
          },
          {
            kind: 'ELDER_CARE_BED',
            startedOn: '2026-04-13',
            endedOn: '2026-06-20',
            facilityCode: HOME,
            institution: { name: '乳山市颐和养老院' },
            medicalInstitution: null,
            ltciCareForm: 'INSTITUTIONAL',
          },
          {
            kind: 'HOSPICE_BED',
            startedOn: '2026-06-25',
            endedOn: null,
            facilityCode: HOSPICE_CENTRE,
            institution: null,
            medicalInstitution: { code: HOSPICE_CENTRE, name: '乳山市安宁疗护中心' },
            ltciCareForm: null,
          },
        ],
        currentFiveBed: { kind: 'HOSPICE_BED', startedOn: '2026-06-25', facilityCode: HOSPICE_CENTRE },
      });
    });

    it('gives each elder’s current bed, or none once every bed is left', async () => {
      const current = async (person: Person) =>
        (
          await ok(
            hub.query(`query($key: ID!) { elder(personKey: $key) { currentFiveBed { kind startedOn } } }`, {
              key: keys[person],
            }),
          )
        ).elder.currentFiveBed;
      expect(await current('B')).toEqual({ kind: 'HOME_SICKBED', startedOn: '2026-05-30' });
      expect(await current('E')).toEqual({ kind: 'FAMILY_ELDER_CARE_BED', startedOn: '2026-06-21' });
      expect(await current('C')).toEqual({ kind: 'MEDICAL_BED', startedOn: '2026-07-05' });
      expect(await current('D')).toBeNull();
    });

    it('records the journey read in civil affairs’ audit trail under the elder’s person key', async () => {
      const trail = await ok(
        hub.query(
          `query($key: ID!) { civilAffairsAuditTrail(filter: { personKey: $key, callerId: "health-system" }) { items { operation fields } } }`,
          { key: keys.A },
          'auditor',
        ),
      );
      expect(trail.civilAffairsAuditTrail.items.flatMap((entry: { fields: string[] }) => entry.fields)).toEqual(
        expect.arrayContaining(['Elder.fiveBedJourney', 'Elder.currentFiveBed']),
      );
    });

    it('refuses the journey to an analyst (FORBIDDEN), through the gateway and at civil affairs itself', async () => {
      const viaGateway = await hub.query(JOURNEY, { key: keys.A }, 'analyst');
      expect(viaGateway.data?.elder ?? null).toBeNull();
      expect(new Set(errorCodes(viaGateway))).toEqual(new Set(['FORBIDDEN']));

      const direct = await hub.querySubgraph(
        'civil-affairs',
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Elder { fiveBedJourney { kind } } } }`,
        { r: [{ __typename: 'Elder', personKey: keys.A, healthBedEpisodes: [], ltciCareMonths: [] }] },
        'analyst',
      );
      expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
      expect(direct.errors![0].path).toEqual(['_entities', 0, 'fiveBedJourney']);
    });
  });

  describe('per area and period', () => {
    it('gives an analyst 乳山市’s five beds on the last day, the transfers between them and the days from hospital discharge to the next bed', async () => {
      expect(await linkage(RUSHAN, Q2)).toEqual({
        areaCode: RUSHAN,
        ...Q2,
        windowDays: 30,
        pilot: true,
        area: { name: '乳山市' },
        beds: [
          { kind: 'ELDER_CARE_BED', capacity: 6, occupied: 2, occupancyRate: 3333 },
          { kind: 'FAMILY_ELDER_CARE_BED', capacity: 1, occupied: 1, occupancyRate: 10_000 },
          { kind: 'MEDICAL_BED', capacity: 110, occupied: 1, occupancyRate: 91 },
          { kind: 'HOME_SICKBED', capacity: 1, occupied: 1, occupancyRate: 10_000 },
          { kind: 'HOSPICE_BED', capacity: 5, occupied: 1, occupancyRate: 2000 },
        ],
        transfers: [
          { from: 'ELDER_CARE_BED', to: 'HOSPICE_BED', count: 1 },
          { from: 'MEDICAL_BED', to: 'ELDER_CARE_BED', count: 1 },
          { from: 'MEDICAL_BED', to: 'FAMILY_ELDER_CARE_BED', count: 1 },
          { from: 'MEDICAL_BED', to: 'MEDICAL_BED', count: 1 },
          { from: 'MEDICAL_BED', to: 'HOME_SICKBED', count: 1 },
        ],
        hospitalDischarges: 5,
        hospitalDischargesWithNextBed: 4,
        hospitalDischargesWithoutNextBed: 1,
        medianDaysToNextBed: 2,
        p90DaysToNextBed: 7.9,
      });
    });

    it('counts only next beds within a window of 2 days when asked so', async () => {
      expect(await linkage(RUSHAN, Q2, 2)).toMatchObject({
        windowDays: 2,
        transfers: [
          { from: 'MEDICAL_BED', to: 'FAMILY_ELDER_CARE_BED', count: 1 },
          { from: 'MEDICAL_BED', to: 'MEDICAL_BED', count: 1 },
        ],
        hospitalDischarges: 5,
        hospitalDischargesWithNextBed: 2,
        hospitalDischargesWithoutNextBed: 3,
        medianDaysToNextBed: 0.5,
        p90DaysToNextBed: 0.9,
      });
    });

    it('counts beds as of the period’s last day: beds put into service and admissions after it appear later', async () => {
      const summer = await linkage(RUSHAN, { from: '2026-07-01', to: '2026-08-31' });
      expect(summer.beds).toEqual([
        { kind: 'ELDER_CARE_BED', capacity: 8, occupied: 2, occupancyRate: 2500 },
        { kind: 'FAMILY_ELDER_CARE_BED', capacity: 1, occupied: 1, occupancyRate: 10_000 },
        { kind: 'MEDICAL_BED', capacity: 110, occupied: 2, occupancyRate: 182 },
        { kind: 'HOME_SICKBED', capacity: 1, occupied: 1, occupancyRate: 10_000 },
        { kind: 'HOSPICE_BED', capacity: 5, occupied: 1, occupancyRate: 2000 },
      ]);
      expect(summer).toMatchObject({
        transfers: [],
        hospitalDischarges: 0,
        medianDaysToNextBed: null,
        p90DaysToNextBed: null,
      });
    });

    it('reports 文登区 (not a pilot) from its own beds, and the city over every district', async () => {
      expect(await linkage(WENDENG, Q2)).toMatchObject({
        pilot: false,
        beds: [
          { kind: 'ELDER_CARE_BED', capacity: 0, occupied: 0, occupancyRate: null },
          { kind: 'FAMILY_ELDER_CARE_BED', capacity: 0, occupied: 0, occupancyRate: null },
          { kind: 'MEDICAL_BED', capacity: 50, occupied: 0, occupancyRate: 0 },
          { kind: 'HOME_SICKBED', capacity: 0, occupied: 0, occupancyRate: null },
          { kind: 'HOSPICE_BED', capacity: 0, occupied: 0, occupancyRate: null },
        ],
        transfers: [],
        hospitalDischarges: 1,
        hospitalDischargesWithNextBed: 0,
        hospitalDischargesWithoutNextBed: 1,
        medianDaysToNextBed: null,
      });
      const city = await linkage(CITY, Q2);
      expect(city).toMatchObject({
        pilot: false,
        area: { name: '威海市' },
        hospitalDischarges: 6,
        hospitalDischargesWithNextBed: 4,
        hospitalDischargesWithoutNextBed: 2,
        medianDaysToNextBed: 2,
      });
      expect(city.beds.map((bed: { capacity: number }) => bed.capacity)).toEqual([6, 1, 160, 1, 5]);
    });

    it('defaults to the last full quarter before today and a 30-day window', async () => {
      const today = todayIso();
      const month = Number(today.slice(5, 7));
      const start = new Date(Date.UTC(Number(today.slice(0, 4)), month - 1 - ((month - 1) % 3) - 3, 1));
      const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
      const { fiveBedLinkage } = await ok(
        hub.query(`{ fiveBedLinkage(areaCode: "371002") { from to windowDays pilot } }`, {}, 'analyst'),
      );
      expect(fiveBedLinkage).toEqual({
        from: start.toISOString().slice(0, 10),
        to: end.toISOString().slice(0, 10),
        windowDays: 30,
        pilot: true,
      });
    });

    it('refuses a town, a future day, a period ending before it starts and a window out of 1–365, naming the field', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ area: '371083100', ...Q2 }, 'areaCode'],
        [{ area: RUSHAN, from: '2026-04-01', to: '2999-01-01' }, 'to'],
        [{ area: RUSHAN, from: '2026-07-01', to: '2026-06-30' }, 'to'],
        [{ area: RUSHAN, ...Q2, window: 0 }, 'windowDays'],
        [{ area: RUSHAN, ...Q2, window: 366 }, 'windowDays'],
      ];
      for (const [variables, field] of cases) {
        const result = await hub.query(LINKAGE, variables, 'analyst');
        expect({ codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
          codes: ['BAD_USER_INPUT'],
          field,
        });
      }
    });

    it('keeps health’s contributions out of the public API: selecting them is a validation error', async () => {
      for (const field of ['linkedBedEpisodes', 'healthBedCounts { kind }']) {
        const result = await hub.query(
          `{ fiveBedLinkage(areaCode: "371083", from: "2026-04-01", to: "2026-06-30") { ${field} } }`,
          {},
          'analyst',
        );
        expect(result.data ?? null).toBeNull();
        expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      }
    });

    it('hands civil affairs health’s episodes under pseudonyms that are no person key and change with the linkage', async () => {
      const episodes = async (windowDays: number) => {
        const result = await hub.querySubgraph(
          'health',
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on FiveBedLinkage { linkedBedEpisodes } } }`,
          { r: [{ __typename: 'FiveBedLinkage', areaCode: RUSHAN, ...Q2, windowDays }] },
          'analyst',
        );
        expect(result.errors).toBeUndefined();
        return unpackEpisodes(result.data!._entities[0].linkedBedEpisodes);
      };
      const wide = await episodes(30);
      const narrow = await episodes(2);
      // Ending in the quarter in 乳山, or starting from 04-01 to 30 days after 06-30 (C's second stay), anywhere (F's 文登 stay).
      expect(
        wide.map(({ linkKey, ...episode }) => episode).sort((a, b) => a.startedOn.localeCompare(b.startedOn)),
      ).toEqual([
        { kind: 'MEDICAL_BED', startedOn: '2026-04-01', endedOn: '2026-04-10', inArea: true, endedByDeath: false },
        { kind: 'MEDICAL_BED', startedOn: '2026-04-20', endedOn: '2026-04-25', inArea: true, endedByDeath: false },
        { kind: 'MEDICAL_BED', startedOn: '2026-04-25', endedOn: '2026-05-10', inArea: false, endedByDeath: false },
        { kind: 'MEDICAL_BED', startedOn: '2026-05-01', endedOn: '2026-05-20', inArea: true, endedByDeath: false },
        { kind: 'MEDICAL_BED', startedOn: '2026-05-05', endedOn: '2026-05-15', inArea: true, endedByDeath: false },
        { kind: 'HOME_SICKBED', startedOn: '2026-05-30', endedOn: null, inArea: true, endedByDeath: false },
        { kind: 'MEDICAL_BED', startedOn: '2026-06-01', endedOn: '2026-06-08', inArea: true, endedByDeath: true },
        { kind: 'MEDICAL_BED', startedOn: '2026-06-10', endedOn: '2026-06-20', inArea: true, endedByDeath: false },
        { kind: 'HOSPICE_BED', startedOn: '2026-06-25', endedOn: null, inArea: true, endedByDeath: false },
        { kind: 'MEDICAL_BED', startedOn: '2026-06-28', endedOn: null, inArea: true, endedByDeath: false },
        { kind: 'MEDICAL_BED', startedOn: '2026-07-05', endedOn: null, inArea: true, endedByDeath: false },
      ]);
      const wideKeys = new Set(wide.map((episode) => episode.linkKey));
      expect(wideKeys.size).toBe(7); // A, B, C, D, E, F and I: one pseudonym per elder, shared by the elder's episodes
      for (const key of Object.values(keys)) expect(wideKeys.has(key)).toBe(false);
      expect(narrow.some((episode) => wideKeys.has(episode.linkKey))).toBe(false);
    });
  });
});
