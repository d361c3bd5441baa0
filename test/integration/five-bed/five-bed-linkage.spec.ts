import { unpackEpisodes } from '../../../subgraphs/shared/five-bed/linked-episodes';
import { todayIso } from '../../../subgraphs/shared/time/today';
import {
  admit,
  anElder,
  anInstitution,
  bedsOf,
  openFamilyBed,
  recordDeath,
} from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { aHomeSickbed, aHospiceStay, aHospitalStay, aMedicalInstitution } from '../../support/builders/health';
import { anLtciDesignation, anLtciEnrolment, recordLtciAssessment } from '../../support/builders/medical-insurance';
import { graphql } from '../../support/graphql';
import type { FiveBedLinkageOfAreaQueryVariables, SettleLtciMonthInput } from '../../support/graphql/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
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
const RUSHAN = '371083';
const WENDENG = '371003';
const CITY = '371000';
const Q2 = { from: '2026-04-01', to: '2026-06-30' };

const PEOPLE = {
  A: { name: '于德福', bornOn: '1938-02-03', areaCode: '371083100' },
  B: { name: '宋秀兰', bornOn: '1941-04-05', areaCode: '371083100' },
  C: { name: '姜明山', bornOn: '1945-06-07', areaCode: '371083001' },
  D: { name: '林建国', bornOn: '1936-08-09', areaCode: '371083001' },
  E: { name: '曲桂英', bornOn: '1948-10-11', areaCode: '371083100' },
  F: { name: '丛玉珍', bornOn: '1943-12-13', areaCode: '371083001' },
  G: { name: '王永福', bornOn: '1940-01-14', areaCode: '371083001' },
  H: { name: '孙丽华', bornOn: '1939-03-15', areaCode: '371083001' },
  I: { name: '刘洪涛', bornOn: '1944-05-16', areaCode: '371083001' },
};
type Person = keyof typeof PEOPLE;

const CLOSE_FAMILY_BED = graphql(`
  mutation FiveBedCloseFamilyBed($input: CloseFamilyBedInput!) {
    closeFamilyBed(input: $input) {
      id
    }
  }
`);
const DISCHARGE_FROM_INSTITUTION = graphql(`
  mutation FiveBedDischargeFromInstitution($input: DischargeFromInstitutionInput!) {
    dischargeFromInstitution(input: $input) {
      id
    }
  }
`);
const SETTLE_LTCI_MONTH = graphql(`
  mutation FiveBedSettleLtciMonth($input: SettleLtciMonthInput!) {
    settleLtciMonth(input: $input) {
      id
    }
  }
`);
const LINKAGE = graphql(`
  query FiveBedLinkageOfArea($area: ID!, $from: LocalDate, $to: LocalDate, $window: Int) {
    fiveBedLinkage(areaCode: $area, from: $from, to: $to, windowDays: $window) {
      areaCode
      from
      to
      windowDays
      pilot
      area {
        name
      }
      beds {
        kind
        capacity
        occupied
        occupancyBasisPoints
      }
      transfers {
        from
        to
        count
      }
      hospitalDischarges
      hospitalDischargesWithNextBed
      hospitalDischargesWithoutNextBed
      medianDaysToNextBed
      p90DaysToNextBed
    }
  }
`);
const DEFAULT_PERIOD = graphql(`
  query FiveBedLinkageDefaultPeriod {
    fiveBedLinkage(areaCode: "371002") {
      from
      to
      windowDays
      pilot
    }
  }
`);
const JOURNEY = graphql(`
  query FiveBedJourneyOfElder($key: ID!) {
    elder(personKey: $key) {
      fiveBedJourney {
        kind
        startedOn
        endedOn
        facilityCode
        institution {
          name
        }
        medicalInstitution {
          code
          name
        }
        ltciCareForm
      }
      currentFiveBed {
        kind
        startedOn
        facilityCode
      }
    }
  }
`);
const CURRENT = graphql(`
  query FiveBedCurrentOfElder($key: ID!) {
    elder(personKey: $key) {
      currentFiveBed {
        kind
        startedOn
      }
    }
  }
`);
const AUDIT_TRAIL = graphql(`
  query FiveBedJourneyAuditTrail($key: ID!) {
    jointMeetingAuditTrail(filter: { personKey: $key, callerId: "health-system" }) {
      items {
        operation
        fields
      }
    }
  }
`);

/** Straight to a subgraph, past the gateway: plain strings, their results typed here. */
const JOURNEY_OF_ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Elder { fiveBedJourney { kind } } } }`;
const EPISODES_OF_ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on FiveBedLinkage { linkedBedEpisodes } } }`;

// A hub of its own: the linkage's occupancy rates and median and 90th-percentile days to the next
// bed, in 乳山市 (a pilot district, where every department's files write) and over the city, are no
// sums that another file's records would shift by an amount this file could subtract. The quarter is
// recorded once, before the tests, and no test writes: each reads it, alone or in any order.
describe.each(DATABASE_TARGETS)('the five-bed linkage pilot (%s)', (target) => {
  let hub: OwnTestHub;
  const keys = {} as Record<Person, string>;
  let HOME: string;
  let HOSPITAL: string;
  let HOSPICE_CENTRE: string;

  // Exact figures of one to six elders: civil affairs' own system, entitled to the care records,
  // sees them; an analyst sees such small cells withheld (test/integration/security/small-cells.spec.ts).
  const linkage = async (area: string, period: { from?: string; to?: string }, window?: number) =>
    expectData(await hub.query(LINKAGE, { area, ...period, window }, 'civil-affairs-system')).fiveBedLinkage;

  async function recordTheQuarter() {
    const idNumbers = {} as Record<Person, string>;
    for (const [person, { name, bornOn, areaCode }] of Object.entries(PEOPLE) as Array<
      [Person, (typeof PEOPLE)[Person]]
    >) {
      const elder = await anElder(hub)
        .named(name)
        .withIdFrom(RUSHAN)
        .bornOn(bornOn)
        .livingIn(areaCode)
        .with({ livingSituation: 'EMPTY_NEST' })
        .register();
      keys[person] = elder.personKey;
      idNumbers[person] = elder.idNumber;
    }
    HOME = (
      await anInstitution(hub).named('乳山市颐和养老院').inArea('371083001').public().openedOn('2015-01-01').register()
    ).code;
    const beds = await bedsOf(hub, HOME).labelled('1-1', '1-2', '1-3', '1-4').inServiceFrom('2020-01-01').add();
    await bedsOf(hub, HOME).ofKind('GENERAL').labelled('2-1', '2-2').inServiceFrom('2020-01-01').add();
    await bedsOf(hub, HOME).labelled('3-1', '3-2').inServiceFrom('2026-08-01').add();

    HOSPITAL = (await aMedicalInstitution(hub).named('乳山市人民医院').inArea(RUSHAN).withMedicalBeds(100).register())
      .code;
    HOSPICE_CENTRE = (
      await aMedicalInstitution(hub)
        .named('乳山市安宁疗护中心')
        .ofKind('NURSING_HOME', 2)
        .private()
        .inArea('371083100')
        .withMedicalBeds(10)
        .providingHospice(5)
        .register()
    ).code;
    const WENDENG_HOSPITAL = (
      await aMedicalInstitution(hub).named('文登区人民医院').inArea(WENDENG).withMedicalBeds(50).register()
    ).code;
    const stay = (person: Person) => aHospitalStay(hub, { idNumber: idNumbers[person] });
    const civil = 'civil-affairs-system' as const;

    // A: family bed, hospital, institution, hospice.
    const familyBed = await openFamilyBed(hub, { personKey: keys.A, operatorCode: HOME, openedOn: '2025-06-01' });
    expectData(
      await hub.query(
        CLOSE_FAMILY_BED,
        { input: { familyBedId: familyBed.id, closedOn: '2026-03-30', reason: 'HOSPITAL' } },
        civil,
      ),
    );
    await stay('A').in(HOSPITAL).from('2026-04-01').discharged('2026-04-10', 'ELDER_CARE_INSTITUTION').record();
    const institutionStay = await admit(hub, keys.A, beds[0], '2026-04-13');
    expectData(
      await hub.query(
        DISCHARGE_FROM_INSTITUTION,
        { input: { stayId: institutionStay.id, dischargedOn: '2026-06-20', reason: 'HOSPICE' } },
        civil,
      ),
    );
    await aHospiceStay(hub, { idNumber: idNumbers.A }).in(HOSPICE_CENTRE).from('2026-06-25').record();
    // B: hospital, then a home sickbed ten days later.
    await stay('B').in(HOSPITAL).from('2026-05-01').discharged('2026-05-20', 'HOME_SICKBED').record();
    await aHomeSickbed(hub, { idNumber: idNumbers.B }).by(HOSPITAL).at('371083100').from('2026-05-30').record();
    // C: home from hospital with no bed; back in hospital 51 days later.
    await stay('C').in(HOSPITAL).from('2026-05-05').discharged('2026-05-15', 'HOME').record();
    await stay('C').in(HOSPITAL).from('2026-07-05').record();
    // D: dies in hospital.
    await stay('D').in(HOSPITAL).from('2026-06-01').discharged('2026-06-08', 'DECEASED').record();
    await recordDeath(hub, keys.D, '2026-06-08');
    // E: hospital, then a family bed the next day.
    await stay('E').in(HOSPITAL).from('2026-06-10').discharged('2026-06-20', 'FAMILY_BED').record();
    await openFamilyBed(hub, { personKey: keys.E, operatorCode: HOME, openedOn: '2026-06-21' });
    // F: transferred from a 乳山 hospital to a 文登 one on the same day.
    await stay('F').in(HOSPITAL).from('2026-04-20').discharged('2026-04-25', 'OTHER_HOSPITAL').record();
    await stay('F').in(WENDENG_HOSPITAL).from('2026-04-25').discharged('2026-05-10', 'HOME').record();
    // G and H in the institution on 30 June (H from that very day), I in hospital.
    await admit(hub, keys.G, beds[1], '2026-01-05');
    await admit(hub, keys.H, beds[0], '2026-06-30');
    await stay('I').in(HOSPITAL).from('2026-06-28').record();

    // Medical insurance: A is insured and severely disabled; the institution is designated; three months are settled.
    await anLtciEnrolment(hub).of(idNumbers.A).resident().since('2025-01-01').inDistrict(RUSHAN).enrol();
    await recordLtciAssessment(hub, keys.A, 'SEVERE_DISABILITY_II', '2025-01-15', {
      assessingOrganisation: '乳山市长期护理保险失能评估中心',
    });
    await anLtciDesignation(hub).provider(HOME).inDistrict(RUSHAN).from('2025-01-01').designate();
    const settle = async (
      month: string,
      careForm: SettleLtciMonthInput['careForm'],
      days: number,
      extra: Partial<SettleLtciMonthInput> = {},
    ) =>
      expectData(
        await hub.query(
          SETTLE_LTCI_MONTH,
          {
            input: {
              personKey: keys.A,
              providerKind: 'ELDER_CARE_INSTITUTION',
              providerCode: HOME,
              month,
              careForm,
              payee: 'PROVIDER',
              days,
              chargedFen: 90_000,
              ...extra,
            },
          },
          'medical-insurance-system',
        ),
      );
    await settle('2026-02', 'HOME', 28, { homeCareService: 'DAILY_LIFE' });
    await settle('2026-04', 'INSTITUTIONAL', 18);
    await settle('2026-05', 'INSTITUTIONAL', 31);
  }

  beforeAll(async () => {
    hub = await startTestHub(target);
    await recordTheQuarter();
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  describe('per elder', () => {
    it('shows a health-commission system an elder’s journey through the five beds in order, with facilities and the LTCI care form that paid', async () => {
      const { elder } = expectData(await hub.query(JOURNEY, { key: keys.A }, 'health-system'));
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
        expectData(await hub.query(CURRENT, { key: keys[person] })).elder?.currentFiveBed;
      expect(await current('B')).toEqual({ kind: 'HOME_SICKBED', startedOn: '2026-05-30' });
      expect(await current('E')).toEqual({ kind: 'FAMILY_ELDER_CARE_BED', startedOn: '2026-06-21' });
      expect(await current('C')).toEqual({ kind: 'MEDICAL_BED', startedOn: '2026-07-05' });
      expect(await current('D')).toBeNull();
    });

    it('records the journey read in the joint meeting’s audit trail (where it is answered) under the elder’s person key', async () => {
      expectData(await hub.query(JOURNEY, { key: keys.A }, 'health-system'));
      const trail = expectData(await hub.query(AUDIT_TRAIL, { key: keys.A }, 'auditor'));
      expect(trail.jointMeetingAuditTrail.items.flatMap((entry) => entry.fields)).toEqual(
        expect.arrayContaining(['Elder.fiveBedJourney', 'Elder.currentFiveBed']),
      );
    });

    it('refuses the journey to an analyst (FORBIDDEN), through the gateway and at the joint meeting itself', async () => {
      const viaGateway = await hub.query(JOURNEY, { key: keys.A }, 'analyst');
      expect(viaGateway.data?.elder ?? null).toBeNull();
      expect(new Set(errorCodes(viaGateway))).toEqual(new Set(['FORBIDDEN']));

      const direct = await hub.querySubgraph<{ _entities: Array<{ fiveBedJourney?: unknown } | null> }>(
        'joint-meeting',
        JOURNEY_OF_ENTITY,
        {
          r: [
            {
              __typename: 'Elder',
              personKey: keys.A,
              civilAffairsBedEpisodes: [],
              healthBedEpisodes: [],
              ltciCareMonths: [],
            },
          ],
        },
        'analyst',
      );
      expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
      expect(direct.errors![0].path).toEqual(['_entities', 0, 'fiveBedJourney']);
    });
  });

  describe('per area and period', () => {
    it('gives civil affairs’ system 乳山市’s five beds on the last day, the transfers between them and the days from hospital discharge to the next bed', async () => {
      expect(await linkage(RUSHAN, Q2)).toEqual({
        areaCode: RUSHAN,
        ...Q2,
        windowDays: 30,
        pilot: true,
        area: { name: '乳山市' },
        beds: [
          { kind: 'ELDER_CARE_BED', capacity: 6, occupied: 2, occupancyBasisPoints: 3333 },
          { kind: 'FAMILY_ELDER_CARE_BED', capacity: 1, occupied: 1, occupancyBasisPoints: 10_000 },
          { kind: 'MEDICAL_BED', capacity: 110, occupied: 1, occupancyBasisPoints: 91 },
          { kind: 'HOME_SICKBED', capacity: 1, occupied: 1, occupancyBasisPoints: 10_000 },
          { kind: 'HOSPICE_BED', capacity: 5, occupied: 1, occupancyBasisPoints: 2000 },
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
        { kind: 'ELDER_CARE_BED', capacity: 8, occupied: 2, occupancyBasisPoints: 2500 },
        { kind: 'FAMILY_ELDER_CARE_BED', capacity: 1, occupied: 1, occupancyBasisPoints: 10_000 },
        { kind: 'MEDICAL_BED', capacity: 110, occupied: 2, occupancyBasisPoints: 182 },
        { kind: 'HOME_SICKBED', capacity: 1, occupied: 1, occupancyBasisPoints: 10_000 },
        { kind: 'HOSPICE_BED', capacity: 5, occupied: 1, occupancyBasisPoints: 2000 },
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
          { kind: 'ELDER_CARE_BED', capacity: 0, occupied: 0, occupancyBasisPoints: null },
          { kind: 'FAMILY_ELDER_CARE_BED', capacity: 0, occupied: 0, occupancyBasisPoints: null },
          { kind: 'MEDICAL_BED', capacity: 50, occupied: 0, occupancyBasisPoints: 0 },
          { kind: 'HOME_SICKBED', capacity: 0, occupied: 0, occupancyBasisPoints: null },
          { kind: 'HOSPICE_BED', capacity: 0, occupied: 0, occupancyBasisPoints: null },
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
      expect(city.beds!.map((bed) => bed.capacity)).toEqual([6, 1, 160, 1, 5]);
    });

    it('defaults to the last full quarter before today and a 30-day window', async () => {
      const today = todayIso();
      const month = Number(today.slice(5, 7));
      const start = new Date(Date.UTC(Number(today.slice(0, 4)), month - 1 - ((month - 1) % 3) - 3, 1));
      const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
      const { fiveBedLinkage } = expectData(await hub.query(DEFAULT_PERIOD, {}, 'analyst'));
      expect(fiveBedLinkage).toEqual({
        from: start.toISOString().slice(0, 10),
        to: end.toISOString().slice(0, 10),
        windowDays: 30,
        pilot: true,
      });
    });

    it('refuses a town, a future day, a period ending before it starts and a window out of 1–365, naming the field', async () => {
      const cases: Array<[FiveBedLinkageOfAreaQueryVariables, string]> = [
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
        // Must not validate: a plain string.
        const result = await hub.query<{ fiveBedLinkage: unknown }>(
          `{ fiveBedLinkage(areaCode: "371083", from: "2026-04-01", to: "2026-06-30") { ${field} } }`,
          {},
          'analyst',
        );
        expect(result.data ?? null).toBeNull();
        expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      }
    });

    it('keeps civil affairs’ contributions out of the public API too: selecting them is a validation error', async () => {
      for (const field of ['civilAffairsLinkedBedEpisodes', 'civilAffairsBedCounts { kind }']) {
        // Must not validate: a plain string.
        const result = await hub.query<{ fiveBedLinkage: unknown }>(
          `{ fiveBedLinkage(areaCode: "371083", from: "2026-04-01", to: "2026-06-30") { ${field} } }`,
          {},
          'analyst',
        );
        expect(result.data ?? null).toBeNull();
        expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      }
    });

    it('hands the joint meeting health’s episodes under pseudonyms that are no person key and change with the linkage', async () => {
      const episodes = async (windowDays: number) => {
        const result = await hub.querySubgraph<{ _entities: Array<{ linkedBedEpisodes: unknown }> }>(
          'health',
          EPISODES_OF_ENTITY,
          { r: [{ __typename: 'FiveBedLinkage', areaCode: RUSHAN, ...Q2, windowDays }] },
          // Past the gateway, only a caller entitled to health's patient records reads them (security/composition-fields.spec.ts).
          'civil-affairs-system',
        );
        return unpackEpisodes(expectData(result)._entities[0].linkedBedEpisodes);
      };
      const wide = await episodes(30);
      const narrow = await episodes(2);
      // Ending in the quarter in 乳山, or starting from 04-01 to 30 days after 06-30 (C's second stay), anywhere (F's 文登 stay).
      expect(
        wide.map(({ linkKey: _linkKey, ...episode }) => episode).sort((a, b) => a.startedOn.localeCompare(b.startedOn)),
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
