import { aSourceSystem, eldersToLoad } from '../../support/builders/bulk';
import { expectData } from '../../support/builders/expect-data';
import { uniqueIdNumber } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type { RegisterElderInput } from '../../support/graphql/graphql';
import {
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const IMPORT_ELDERS = graphql(`
  mutation BulkImportElders($input: ImportEldersInput!) {
    importElders(input: $input) {
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

const ELDER_BY_SOURCE_REF = graphql(`
  query BulkElderBySourceRef($source: String!, $ref: String!) {
    elderBySourceRef(source: $source, ref: $ref) {
      personKey
      name
      phone
      sourceRef {
        source
        ref
      }
    }
  }
`);

const CHANGES_AFTER_BULK = graphql(`
  query BulkCivilAffairsChanges($after: String) {
    civilAffairsChanges(after: $after, first: 1000) {
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

/** The limit the README documents: a load of one more is refused whole. */
const BULK_MAX_ITEMS = 10_000;

describe.each(DATABASE_TARGETS)('bulk loads of elders (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const load = async (items: RegisterElderInput[], mode: 'PER_ITEM' | 'ALL_OR_NOTHING' = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_ELDERS, { input: { mode, items } })).importElders;
  const bySourceRef = async (source: string, ref: string) =>
    expectData(await hub.query(ELDER_BY_SOURCE_REF, { source, ref })).elderBySourceRef;

  /** Five elders of which the second has an ID number with a wrong check character and the fourth an unknown area. */
  const aLoadWithTwoBadItems = () => {
    const source = aSourceSystem(hub);
    const items = eldersToLoad(hub, 5, source);
    items[1] = {
      ...items[1],
      idNumber: `${items[1].idNumber.slice(0, 17)}${items[1].idNumber.endsWith('0') ? '1' : '0'}`,
    };
    items[3] = { ...items[3], areaCode: '371009999' };
    return { source, items };
  };

  it('writes exactly the good items of a per-item load and reports each bad one by index, code and field', async () => {
    const { source, items } = aLoadWithTwoBadItems();
    const answer = await load(items, 'PER_ITEM');
    expect(answer).toMatchObject({ created: 3, refused: 2, updated: 0, unchanged: 0, notWritten: 0 });
    expect(answer.items.map((item) => item.outcome)).toEqual(['CREATED', 'REFUSED', 'CREATED', 'REFUSED', 'CREATED']);
    expect(answer.items[1]).toMatchObject({ index: 1, code: 'BAD_USER_INPUT', field: 'idNumber', id: null });
    expect(answer.items[3]).toMatchObject({ index: 3, code: 'BAD_USER_INPUT', field: 'areaCode', id: null });
    for (const index of [0, 2, 4]) {
      const elder = await bySourceRef(source, `E${index}`);
      expect(elder?.personKey).toBe(answer.items[index].id);
      expect(elder?.name).toBe(`导入老人${index}`);
    }
    expect(await bySourceRef(source, 'E1')).toBeNull();
    expect(await bySourceRef(source, 'E3')).toBeNull();
  });

  it('writes none of an all-or-nothing load with a bad item, and still reports each bad one', async () => {
    const { source, items } = aLoadWithTwoBadItems();
    const answer = await load(items, 'ALL_OR_NOTHING');
    expect(answer).toMatchObject({ created: 0, refused: 2, notWritten: 3 });
    expect(answer.items.map((item) => [item.index, item.outcome, item.field])).toEqual([
      [0, 'NOT_WRITTEN', null],
      [1, 'REFUSED', 'idNumber'],
      [2, 'NOT_WRITTEN', null],
      [3, 'REFUSED', 'areaCode'],
      [4, 'NOT_WRITTEN', null],
    ]);
    for (let index = 0; index < 5; index++) expect(await bySourceRef(source, `E${index}`)).toBeNull();
  });

  it('answers a repeat of the same load UNCHANGED and writes nothing; a changed item is UPDATED', async () => {
    const source = aSourceSystem(hub);
    const items = eldersToLoad(hub, 3, source);
    const first = await load(items);
    expect(first.created).toBe(3);
    const before = await bySourceRef(source, 'E1');

    const again = await load(items);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, refused: 0 });
    expect(again.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect(await bySourceRef(source, 'E1')).toEqual(before);

    const changed = items.map((item, index) => (index === 1 ? { ...item, phone: '13912345678' } : item));
    const third = await load(changed);
    expect(third.items.map((item) => item.outcome)).toEqual(['UNCHANGED', 'UPDATED', 'UNCHANGED']);
    expect(third.items[1].id).toBe(first.items[1].id);
    expect((await bySourceRef(source, 'E1'))?.phone).toBe('13912345678');
  });

  it('finds an elder by source reference, and takes the same reference of another source system as another elder', async () => {
    const jinmin = aSourceSystem(hub, 'jinmin');
    const other = aSourceSystem(hub, 'district');
    const [mine] = eldersToLoad(hub, 1, jinmin);
    const [theirs] = eldersToLoad(hub, 1, other);
    expect(mine.sourceRef?.ref).toBe(theirs.sourceRef?.ref);
    const answer = await load([mine, theirs]);
    expect(answer.created).toBe(2);
    expect(await bySourceRef(jinmin, 'E0')).toMatchObject({
      personKey: answer.items[0].id,
      sourceRef: { source: jinmin, ref: 'E0' },
    });
    expect((await bySourceRef(other, 'E0'))?.personKey).toBe(answer.items[1].id);
    expect(answer.items[0].id).not.toBe(answer.items[1].id);
  });

  it('refuses a reference that already names another elder, and an item sent twice in one load', async () => {
    const source = aSourceSystem(hub);
    const [first] = eldersToLoad(hub, 1, source);
    await load([first]);
    const someoneElse = { ...first, idNumber: uniqueIdNumber(hub, { birthDate: '1941-07-08' }) };
    const answer = await load([someoneElse, { ...first, sourceRef: { source, ref: 'E-new' } }]);
    expect(answer.items.map((item) => [item.outcome, item.code, item.field])).toEqual([
      ['REFUSED', 'CONFLICT', 'sourceRef'],
      ['REFUSED', 'CONFLICT', 'sourceRef'],
    ]);
    expect(answer.items[0].message).toContain(`${source}:E0`);
    const twice = await load(
      [someoneElse, someoneElse].map((item, index) => ({ ...item, sourceRef: { source, ref: `T${index}` } })),
    );
    expect(twice.items.map((item) => [item.outcome, item.field])).toEqual([
      ['CREATED', null],
      ['REFUSED', 'idNumber'],
    ]);
  });

  it('sends as many SQL statements for 1,000 elders as for 100', async () => {
    const statementsFor = async (count: number) => {
      const items = eldersToLoad(hub, count, aSourceSystem(hub));
      const before = hub.statements('civil-affairs');
      expect((await load(items)).created).toBe(count);
      return hub.statements('civil-affairs') - before;
    };
    const small = await statementsFor(100);
    const large = await statementsFor(1000);
    // 1,000 rows take two INSERTs of 500 where 100 take one.
    expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
  });

  it('refuses a load over the limit with BAD_USER_INPUT on items, and writes none of it', async () => {
    const source = aSourceSystem(hub);
    const [elder] = eldersToLoad(hub, 1, source);
    const items = Array.from({ length: BULK_MAX_ITEMS + 1 }, (_, index) => ({
      ...elder,
      sourceRef: { source, ref: `E${index}` },
    }));
    const answer = await hub.query(IMPORT_ELDERS, { input: { mode: 'PER_ITEM', items } });
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.extensions?.field).toBe('items');
    expect(answer.errors?.[0]?.message).toContain('10000');
    expect(await bySourceRef(source, 'E0')).toBeNull();
  });

  it('refuses a load from another department’s system, and writes none of it', async () => {
    const source = aSourceSystem(hub);
    const items = eldersToLoad(hub, 2, source);
    const answer = await hub.query(IMPORT_ELDERS, { input: { mode: 'PER_ITEM', items } }, 'health-system');
    expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
    expect(await bySourceRef(source, 'E0')).toBeNull();
    const lookup = await hub.query(ELDER_BY_SOURCE_REF, { source, ref: 'E0' }, 'health-system');
    expect(errorCodes(lookup)).toEqual(['FORBIDDEN']);
  });

  it('shows a bulk load in the change feed: each created and each updated elder once, nothing for the unchanged', async () => {
    const changesAfter = async (after: string | null) =>
      expectData(await hub.query(CHANGES_AFTER_BULK, { after })).civilAffairsChanges;
    let end: string | null = null;
    for (let page = await changesAfter(end); ; page = await changesAfter(end)) {
      end = page.endCursor ?? end;
      if (!page.hasNextPage) break;
    }
    const source = aSourceSystem(hub);
    const items = eldersToLoad(hub, 3, source);
    const first = await load(items);
    const again = await load([{ ...items[0], phone: '13900000000' }, items[1], items[2]]);
    expect(again).toMatchObject({ updated: 1, unchanged: 2 });
    const [a, b, c] = first.items.map((item) => item.id);
    expect((await changesAfter(end)).items).toEqual([
      { entityType: 'Elder', recordId: a, operation: 'CREATED' },
      { entityType: 'Elder', recordId: b, operation: 'CREATED' },
      { entityType: 'Elder', recordId: c, operation: 'CREATED' },
      { entityType: 'Elder', recordId: a, operation: 'UPDATED' },
    ]);
  });
});
