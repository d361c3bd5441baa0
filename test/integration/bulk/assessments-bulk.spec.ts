import { anElder } from '../../support/builders/civil-affairs';
import { aSourceSystem, assessmentsToLoad, outcomesOf } from '../../support/builders/bulk';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import type { RecordAbilityAssessmentInput } from '../../support/graphql/graphql';
import {
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const IMPORT_ASSESSMENTS = graphql(`
  mutation BulkImportAssessments($input: ImportAbilityAssessmentsInput!) {
    importAbilityAssessments(input: $input) {
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
      }
    }
  }
`);

const ASSESSMENT_BY_SOURCE_REF = graphql(`
  query BulkAssessmentBySourceRef($source: String!, $ref: String!) {
    abilityAssessmentBySourceRef(source: $source, ref: $ref) {
      id
      personKey
      level
      sourceRef {
        source
        ref
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('bulk loads of ability assessments (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const load = async (items: RecordAbilityAssessmentInput[], mode: 'PER_ITEM' | 'ALL_OR_NOTHING' = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_ASSESSMENTS, { input: { mode, items } })).importAbilityAssessments;
  const bySourceRef = async (source: string, ref: string) =>
    expectData(await hub.query(ASSESSMENT_BY_SOURCE_REF, { source, ref })).abilityAssessmentBySourceRef;
  const anElderKey = async () => (await anElder(hub).register()).personKey;

  /** Four assessments of which the second is of no registered elder and the third carries no reference. */
  const aLoadWithTwoBadItems = async () => {
    const source = aSourceSystem(hub);
    const items = assessmentsToLoad(await anElderKey(), 4, source);
    items[1] = { ...items[1], personKey: '0'.repeat(32) };
    items[2] = { ...items[2], sourceRef: null };
    return { source, items };
  };

  it('writes exactly the good items of a per-item load, with their record numbers, and reports each bad one', async () => {
    const { source, items } = await aLoadWithTwoBadItems();
    const answer = await load(items);
    expect(outcomesOf(answer)).toEqual([
      [0, 'CREATED', null, null],
      [1, 'REFUSED', 'BAD_USER_INPUT', 'personKey'],
      [2, 'REFUSED', 'BAD_USER_INPUT', 'sourceRef'],
      [3, 'CREATED', null, null],
    ]);
    for (const index of [0, 3])
      expect(await bySourceRef(source, `A${index}`)).toMatchObject({
        id: answer.items[index].id,
        personKey: items[index].personKey,
        sourceRef: { source, ref: `A${index}` },
      });
    expect(await bySourceRef(source, 'A1')).toBeNull();
  });

  it('writes none of an all-or-nothing load with a bad item', async () => {
    const { source, items } = await aLoadWithTwoBadItems();
    const answer = await load(items, 'ALL_OR_NOTHING');
    expect(answer).toMatchObject({ created: 0, refused: 2, notWritten: 2 });
    expect(await bySourceRef(source, 'A0')).toBeNull();
  });

  it('answers a repeat UNCHANGED, a changed item UPDATED, and the same reference of another system as another assessment', async () => {
    const source = aSourceSystem(hub);
    const personKey = await anElderKey();
    const items = assessmentsToLoad(personKey, 2, source);
    const first = await load(items);
    expect(first.created).toBe(2);
    expect(await load(items)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = await load([items[0], { ...items[1], level: 'SEVERE_DISABILITY' }]);
    expect(changed.items.map((item) => [item.outcome, item.id])).toEqual([
      ['UNCHANGED', first.items[0].id],
      ['UPDATED', first.items[1].id],
    ]);
    expect((await bySourceRef(source, 'A1'))?.level).toBe('SEVERE_DISABILITY');
    const other = aSourceSystem(hub, 'district');
    const theirs = await load(assessmentsToLoad(personKey, 1, other));
    expect(theirs.created).toBe(1);
    expect(theirs.items[0].id).not.toBe(first.items[0].id);
  });

  it('sends as many SQL statements for 1,000 assessments as for 100', async () => {
    const personKey = await anElderKey();
    const statementsFor = async (count: number) => {
      const items = assessmentsToLoad(personKey, count, aSourceSystem(hub));
      const before = hub.statements('civil-affairs');
      expect((await load(items)).created).toBe(count);
      return hub.statements('civil-affairs') - before;
    };
    const small = await statementsFor(100);
    const large = await statementsFor(1000);
    // 1,000 rows take two INSERTs of 500 where 100 take one.
    expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
  });

  it('refuses a load from another department’s system', async () => {
    const source = aSourceSystem(hub);
    const items = assessmentsToLoad(await anElderKey(), 1, source);
    const answer = await hub.query(
      IMPORT_ASSESSMENTS,
      { input: { mode: 'PER_ITEM', items } },
      'medical-insurance-system',
    );
    expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
    expect(await bySourceRef(source, 'A0')).toBeNull();
  });
});
