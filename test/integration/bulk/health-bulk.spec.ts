import { aSourceSystem, outcomesOf } from '../../support/builders/bulk';
import { homeSickbedsToLoad, hospitalStaysToLoad, personKeysFor } from '../../support/builders/bulk-health-insurance';
import { expectData } from '../../support/builders/expect-data';
import { aHospitalStay, aMedicalInstitution } from '../../support/builders/health';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type { AdmitToHospitalInput, OpenHomeSickbedInput } from '../../support/graphql/graphql';
import {
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const IMPORT_STAYS = graphql(`
  mutation BulkImportHospitalStays($input: ImportHospitalStaysInput!) {
    importHospitalStays(input: $input) {
      created
      updated
      unchanged
      refused
      notWritten
      items {
        index
        outcome
        id
        code
        field
        message
      }
    }
  }
`);

const IMPORT_SICKBEDS = graphql(`
  mutation BulkImportHomeSickbeds($input: ImportHomeSickbedsInput!) {
    importHomeSickbeds(input: $input) {
      created
      updated
      unchanged
      refused
      notWritten
      items {
        index
        outcome
        id
        code
        field
        message
      }
    }
  }
`);

const STAY_BY_SOURCE_REF = graphql(`
  query BulkHospitalStayBySourceRef($source: String!, $ref: String!) {
    hospitalStayBySourceRef(source: $source, ref: $ref) {
      id
      personKey
      admittedOn
      sourceRef {
        source
        ref
      }
    }
  }
`);

const SICKBED_BY_SOURCE_REF = graphql(`
  query BulkHomeSickbedBySourceRef($source: String!, $ref: String!) {
    homeSickbedBySourceRef(source: $source, ref: $ref) {
      id
      personKey
      openedOn
      sourceRef {
        source
        ref
      }
    }
  }
`);

const HEALTH_CHANGES_AFTER_BULK = graphql(`
  query BulkHealthChanges($after: String) {
    healthChanges(after: $after, first: 1000) {
      items {
        entityType
        recordId
        operation
      }
      endCursor
      hasNextPage
    }
  }
`);

const ADMIT_WITH_REF = graphql(`
  mutation BulkAdmitToHospitalWithRef($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) {
      id
    }
  }
`);

const OPEN_SICKBED_WITH_REF = graphql(`
  mutation BulkOpenHomeSickbedWithRef($input: OpenHomeSickbedInput!) {
    openHomeSickbed(input: $input) {
      id
    }
  }
`);

const HEALTH = 'health-system';

describe.each(DATABASE_TARGETS)('bulk loads of hospital stays and home sickbeds (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const loadStays = async (items: AdmitToHospitalInput[], mode: 'PER_ITEM' | 'ALL_OR_NOTHING' = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_STAYS, { input: { mode, items } }, HEALTH)).importHospitalStays;
  const loadSickbeds = async (items: OpenHomeSickbedInput[], mode: 'PER_ITEM' | 'ALL_OR_NOTHING' = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_SICKBEDS, { input: { mode, items } }, HEALTH)).importHomeSickbeds;
  const stayBySourceRef = async (source: string, ref: string) =>
    expectData(await hub.query(STAY_BY_SOURCE_REF, { source, ref }, HEALTH)).hospitalStayBySourceRef;
  const sickbedBySourceRef = async (source: string, ref: string) =>
    expectData(await hub.query(SICKBED_BY_SOURCE_REF, { source, ref }, HEALTH)).homeSickbedBySourceRef;
  const aHospital = async (beds = 100) => (await aMedicalInstitution(hub).withMedicalBeds(beds).register()).code;
  /** The feed's end now, so that a test reads only what it changed after. */
  const feedEnd = async () => {
    let end: string | null = null;
    for (;;) {
      const page: { endCursor?: string | null; hasNextPage: boolean } = expectData(
        await hub.query(HEALTH_CHANGES_AFTER_BULK, { after: end }, HEALTH),
      ).healthChanges;
      end = page.endCursor ?? end;
      if (!page.hasNextPage) return end;
    }
  };
  const changesAfter = async (after: string | null) =>
    expectData(await hub.query(HEALTH_CHANGES_AFTER_BULK, { after }, HEALTH)).healthChanges.items;

  describe('importHospitalStays', () => {
    /** Four admissions of which the second names no registered institution and the third carries no reference. */
    const aLoadWithTwoBadItems = async () => {
      const source = aSourceSystem(hub, 'his');
      const items = hospitalStaysToLoad(personKeysFor(hub, 4), await aHospital(), source);
      items[1] = { ...items[1], medicalInstitutionCode: uniqueCreditCode(hub, { areaCode: '371083', kind: '12' }) };
      items[2] = { ...items[2], sourceRef: null };
      return { source, items };
    };

    it('writes exactly the good admissions of a per-item load, findable by source reference, and reports each bad one', async () => {
      const { source, items } = await aLoadWithTwoBadItems();
      const answer = await loadStays(items);
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'medicalInstitutionCode'],
        [2, 'REFUSED', 'BAD_USER_INPUT', 'sourceRef'],
        [3, 'CREATED', null, null],
      ]);
      for (const index of [0, 3])
        expect(await stayBySourceRef(source, `H${index}`)).toEqual({
          id: answer.items[index].id,
          personKey: items[index].personKey,
          admittedOn: '2025-03-01',
          sourceRef: { source, ref: `H${index}` },
        });
      expect(await stayBySourceRef(source, 'H1')).toBeNull();
    });

    it('writes none of an all-or-nothing load with a bad item', async () => {
      const { source, items } = await aLoadWithTwoBadItems();
      const answer = await loadStays(items, 'ALL_OR_NOTHING');
      expect(answer).toMatchObject({ created: 0, refused: 2, notWritten: 2 });
      expect(answer.items.map((item) => item.outcome)).toEqual(['NOT_WRITTEN', 'REFUSED', 'REFUSED', 'NOT_WRITTEN']);
      expect(await stayBySourceRef(source, 'H0')).toBeNull();
      expect(await stayBySourceRef(source, 'H3')).toBeNull();
    });

    it('answers a repeat UNCHANGED and writes nothing; the change feed shows each new stay once', async () => {
      const source = aSourceSystem(hub, 'his');
      const items = hospitalStaysToLoad(personKeysFor(hub, 3), await aHospital(), source);
      const end = await feedEnd();
      const first = await loadStays(items);
      expect(first.created).toBe(3);
      const again = await loadStays(items);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, refused: 0 });
      expect(again.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
      expect(await changesAfter(end)).toEqual(
        first.items.map((item) => ({ entityType: 'HospitalStay', recordId: item.id, operation: 'CREATED' })),
      );
    });

    it('refuses a reference recorded for another admission, and an elder’s second stay that overlaps the first, in the load or before it', async () => {
      const source = aSourceSystem(hub, 'his');
      const hospital = await aHospital();
      const [first] = hospitalStaysToLoad(personKeysFor(hub, 1), hospital, source);
      expect((await loadStays([first])).created).toBe(1);
      const [someoneElse] = personKeysFor(hub, 1);
      const overlapping = { ...first, admittedOn: '2025-03-05', sourceRef: { source, ref: 'H-again' } };
      const answer = await loadStays([
        { ...first, personKey: someoneElse },
        overlapping,
        { ...first, personKey: someoneElse, sourceRef: { source, ref: 'H-new' } },
        { ...first, personKey: someoneElse, admittedOn: '2025-03-02', sourceRef: { source, ref: 'H-later' } },
      ]);
      expect(answer.items.map((item) => [item.outcome, item.code, item.field])).toEqual([
        ['REFUSED', 'CONFLICT', 'sourceRef'],
        ['REFUSED', 'CONFLICT', 'personKey'],
        ['CREATED', null, null],
        ['REFUSED', 'CONFLICT', 'personKey'],
      ]);
      expect(answer.items[0].message).toContain(`${source}:H0`);
    });

    it('counts the load’s own admissions against the institution’s medical beds, as admitToHospital counts the recorded ones', async () => {
      const hospital = await aHospital(2);
      await aHospitalStay(hub, { personKey: personKeysFor(hub, 1)[0] })
        .in(hospital)
        .from('2025-01-10')
        .record();
      const answer = await loadStays(hospitalStaysToLoad(personKeysFor(hub, 2), hospital, aSourceSystem(hub, 'his')));
      expect(answer.items.map((item) => [item.outcome, item.code, item.field])).toEqual([
        ['CREATED', null, null],
        ['REFUSED', 'CONFLICT', 'medicalInstitutionCode'],
      ]);
    });

    it('answers a repeat with the same idempotency key with the stored answer', async () => {
      const items = hospitalStaysToLoad(personKeysFor(hub, 2), await aHospital(), aSourceSystem(hub, 'his'));
      const withKey = async (key: string) =>
        hub.queryWithHeaders(
          { authorization: `Bearer ${await hub.tokenFor(HEALTH)}`, 'idempotency-key': key },
          IMPORT_STAYS.toString(),
          { input: { mode: 'PER_ITEM', items } },
        );
      const key = `bulk-stays-${hub.unique('bulk-key')}`;
      const first = await withKey(key);
      expect(first.data).toMatchObject({ importHospitalStays: { created: 2 } });
      expect(await withKey(key)).toEqual(first);
      // Under another key the load is decided again: every item UNCHANGED.
      expect((await withKey(`${key}-other`)).data).toMatchObject({ importHospitalStays: { unchanged: 2 } });
    });

    it('sends as many SQL statements for 1,000 admissions as for 100', async () => {
      const statementsFor = async (count: number) => {
        const items = hospitalStaysToLoad(personKeysFor(hub, count), await aHospital(count), aSourceSystem(hub, 'his'));
        const before = hub.statements('health');
        expect((await loadStays(items)).created).toBe(count);
        return hub.statements('health') - before;
      };
      const small = await statementsFor(100);
      const large = await statementsFor(1000);
      // 1,000 rows take two INSERTs of 500 where 100 take one (and one institution registered more).
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });

    it('refuses a load and a lookup from another department’s system', async () => {
      const source = aSourceSystem(hub, 'his');
      const items = hospitalStaysToLoad(personKeysFor(hub, 1), await aHospital(), source);
      const answer = await hub.query(IMPORT_STAYS, { input: { mode: 'PER_ITEM', items } }, 'medical-insurance-system');
      expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
      const lookup = await hub.query(STAY_BY_SOURCE_REF, { source, ref: 'H0' }, 'civil-affairs-system');
      expect(errorCodes(lookup)).toEqual(['FORBIDDEN']);
      expect(await stayBySourceRef(source, 'H0')).toBeNull();
    });
  });

  describe('importHomeSickbeds', () => {
    /** Three home sickbeds of which the second is in an area outside Weihai. */
    const aLoadWithABadItem = async () => {
      const source = aSourceSystem(hub, 'his');
      const items = homeSickbedsToLoad(personKeysFor(hub, 3), await aHospital(), source);
      items[1] = { ...items[1], areaCode: '110101' };
      return { source, items };
    };

    it('writes exactly the good home sickbeds of a per-item load, findable by source reference, and reports the bad one', async () => {
      const { source, items } = await aLoadWithABadItem();
      const answer = await loadSickbeds(items);
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'areaCode'],
        [2, 'CREATED', null, null],
      ]);
      expect(await sickbedBySourceRef(source, 'B2')).toEqual({
        id: answer.items[2].id,
        personKey: items[2].personKey,
        openedOn: '2025-03-01',
        sourceRef: { source, ref: 'B2' },
      });
      expect(await sickbedBySourceRef(source, 'B1')).toBeNull();
    });

    it('writes none of an all-or-nothing load with a bad item', async () => {
      const { source, items } = await aLoadWithABadItem();
      expect(await loadSickbeds(items, 'ALL_OR_NOTHING')).toMatchObject({ created: 0, refused: 1, notWritten: 2 });
      expect(await sickbedBySourceRef(source, 'B0')).toBeNull();
    });

    it('answers a repeat UNCHANGED and writes nothing; the change feed shows each new home sickbed once', async () => {
      const items = homeSickbedsToLoad(personKeysFor(hub, 3), await aHospital(), aSourceSystem(hub, 'his'));
      const end = await feedEnd();
      const first = await loadSickbeds(items);
      expect(first.created).toBe(3);
      expect(await loadSickbeds(items)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect(await changesAfter(end)).toEqual(
        first.items.map((item) => ({ entityType: 'HomeSickbed', recordId: item.id, operation: 'CREATED' })),
      );
    });

    it('refuses an elder’s second home sickbed in one load, and a reference recorded for another opening', async () => {
      const source = aSourceSystem(hub, 'his');
      const [item] = homeSickbedsToLoad(personKeysFor(hub, 1), await aHospital(), source);
      const answer = await loadSickbeds([item, { ...item, openedOn: '2025-04-01', sourceRef: { source, ref: 'B9' } }]);
      expect(answer.items.map((i) => [i.outcome, i.code, i.field])).toEqual([
        ['CREATED', null, null],
        ['REFUSED', 'CONFLICT', 'personKey'],
      ]);
      const changed = await loadSickbeds([{ ...item, openedOn: '2025-02-01' }]);
      expect(changed.items.map((i) => [i.outcome, i.code, i.field])).toEqual([['REFUSED', 'CONFLICT', 'sourceRef']]);
    });

    it('sends as many SQL statements for 1,000 home sickbeds as for 100', async () => {
      const hospital = await aHospital();
      const statementsFor = async (count: number) => {
        const items = homeSickbedsToLoad(personKeysFor(hub, count), hospital, aSourceSystem(hub, 'his'));
        const before = hub.statements('health');
        expect((await loadSickbeds(items)).created).toBe(count);
        return hub.statements('health') - before;
      };
      const small = await statementsFor(100);
      const large = await statementsFor(1000);
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });
  });

  it('refuses a single admission or opening whose source reference a load already recorded, with CONFLICT on sourceRef', async () => {
    const source = aSourceSystem(hub, 'his');
    const hospital = await aHospital();
    const [stay] = hospitalStaysToLoad(personKeysFor(hub, 1), hospital, source);
    const [bed] = homeSickbedsToLoad(personKeysFor(hub, 1), hospital, source);
    expect((await loadStays([stay])).created).toBe(1);
    expect((await loadSickbeds([bed])).created).toBe(1);
    const [someoneElse] = personKeysFor(hub, 1);
    const answers = [
      await hub.query(ADMIT_WITH_REF, { input: { ...stay, personKey: someoneElse } }, HEALTH),
      await hub.query(OPEN_SICKBED_WITH_REF, { input: { ...bed, personKey: someoneElse } }, HEALTH),
    ];
    for (const answer of answers) {
      expect(errorCodes(answer)).toEqual(['CONFLICT']);
      expect(answer.errors?.[0]?.extensions?.field).toBe('sourceRef');
    }
  });
});
