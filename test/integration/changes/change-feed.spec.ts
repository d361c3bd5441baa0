import { Elder } from '../../../subgraphs/civil-affairs/elder/elder.entity';
import { noteChanges } from '../../../subgraphs/shared/changes/change-capture';
import { ChangeOperation } from '../../../subgraphs/shared/changes/change-operation.enum';
import { purgeExpiredChanges } from '../../../subgraphs/shared/changes/change-purge';
import { ChangeRecord } from '../../../subgraphs/shared/changes/change-record.entity';
import { transaction } from '../../../subgraphs/shared/db/transaction';
import type { Department } from '../../../subgraphs/shared/departments';
import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { aLotteryFund } from '../../support/builders/finance';
import { aMedicalInstitution } from '../../support/builders/health';
import { aCaregiver, aTrainingProgramme } from '../../support/builders/human-resources';
import { anLtciEnrolment } from '../../support/builders/medical-insurance';
import { graphql } from '../../support/graphql';
import type { RegisterElderInput } from '../../support/graphql/graphql';
import { EVERY_MUTATION } from '../resilience/every-mutation.cases';
import {
  type As,
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

const CIVIL_AFFAIRS_CHANGES = graphql(`
  query ChangeFeedCivilAffairs($after: String, $first: Int) {
    civilAffairsChanges(after: $after, first: $first) {
      items {
        entityType
        recordId
        operation
        changedAt
      }
      endCursor
      hasNextPage
    }
  }
`);

const HEALTH_CHANGES = graphql(`
  query ChangeFeedHealth($after: String, $first: Int) {
    healthChanges(after: $after, first: $first) {
      items {
        entityType
        recordId
        operation
        changedAt
      }
      endCursor
      hasNextPage
    }
  }
`);

const MEDICAL_INSURANCE_CHANGES = graphql(`
  query ChangeFeedMedicalInsurance($after: String, $first: Int) {
    medicalInsuranceChanges(after: $after, first: $first) {
      items {
        entityType
        recordId
        operation
        changedAt
      }
      endCursor
      hasNextPage
    }
  }
`);

const HUMAN_RESOURCES_CHANGES = graphql(`
  query ChangeFeedHumanResources($after: String, $first: Int) {
    humanResourcesChanges(after: $after, first: $first) {
      items {
        entityType
        recordId
        operation
        changedAt
      }
      endCursor
      hasNextPage
    }
  }
`);

const FINANCE_CHANGES = graphql(`
  query ChangeFeedFinance($after: String, $first: Int) {
    financeChanges(after: $after, first: $first) {
      items {
        entityType
        recordId
        operation
        changedAt
      }
      endCursor
      hasNextPage
    }
  }
`);

const UPDATE_ELDER_PHONE = graphql(`
  mutation ChangeFeedUpdateElder($personKey: ID!, $input: UpdateElderInput!) {
    updateElder(personKey: $personKey, input: $input) {
      personKey
    }
  }
`);

const UPDATE_MEDICAL_BEDS = graphql(`
  mutation ChangeFeedUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {
    updateMedicalInstitution(code: $code, input: $input) {
      code
    }
  }
`);

const SUSPEND_ENROLMENT = graphql(`
  mutation ChangeFeedSuspendEnrolment($input: ChangeLtciEnrolmentStatusInput!) {
    changeLtciEnrolmentStatus(input: $input) {
      id
    }
  }
`);

const ALLOCATE_WITH_KEY = graphql(`
  mutation ChangeFeedAllocate($input: AllocateLotteryFundInput!) {
    allocateLotteryFund(input: $input) {
      id
    }
  }
`);

const REGISTER_ELDER = graphql(`
  mutation ChangeFeedRegisterElder($input: RegisterElderInput!) {
    registerElder(input: $input) {
      personKey
    }
  }
`);

const AUDIT_TRAIL = graphql(`
  query ChangeFeedAuditTrail($personKey: ID!) {
    civilAffairsAuditTrail(filter: { personKey: $personKey }) {
      items {
        kind
        operation
        fields
      }
    }
  }
`);

interface FeedPage {
  items: Array<{ entityType: string; recordId: string; operation: string; changedAt: string }>;
  endCursor?: string | null;
  hasNextPage: boolean;
}

/** Each department's feed query and the field it answers under. */
const FEEDS = {
  'civil-affairs': [CIVIL_AFFAIRS_CHANGES, 'civilAffairsChanges'],
  health: [HEALTH_CHANGES, 'healthChanges'],
  'medical-insurance': [MEDICAL_INSURANCE_CHANGES, 'medicalInsuranceChanges'],
  'human-resources': [HUMAN_RESOURCES_CHANGES, 'humanResourcesChanges'],
  finance: [FINANCE_CHANGES, 'financeChanges'],
} as const;

/** The subgraphs that hold records, each with a feed (the joint meeting holds none). */
type RecordHolder = keyof typeof FEEDS;

const systemOf = (department: Department): NonNullable<As> => `${department}-system`;

function readFeed(
  hub: OwnTestHub,
  department: RecordHolder,
  variables: { after?: string | null; first?: number },
  as: As = systemOf(department),
): Promise<GraphQLResult<Record<string, FeedPage>>> {
  const [query] = FEEDS[department];
  return hub.query<Record<string, FeedPage>>(query.toString(), variables, as);
}

async function page(hub: OwnTestHub, department: RecordHolder, after?: string | null, first?: number) {
  return expectData(await readFeed(hub, department, { after, first }))[FEEDS[department][1]];
}

/** The cursor at the feed's current end: where a system that is in step now would resume. */
async function endOf(hub: OwnTestHub, department: RecordHolder): Promise<string | null> {
  let cursor: string | null = null;
  for (;;) {
    const { endCursor, hasNextPage } = await page(hub, department, cursor, 1000);
    cursor = endCursor ?? null;
    if (!hasNextPage) return cursor;
  }
}

/** Every change after a cursor, as (type, id, operation), oldest first. */
async function changesAfter(hub: OwnTestHub, department: RecordHolder, cursor: string | null) {
  const { items, hasNextPage } = await page(hub, department, cursor, 1000);
  expect(hasNextPage).toBe(false);
  return items.map(({ entityType, recordId, operation }) => [entityType, recordId, operation]);
}

describe.each(DATABASE_TARGETS)('each department’s change feed (%s)', (target) => {
  // A hub of its own: the last test ages and purges the change log, which other files would read.
  let hub: OwnTestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  it('lists an elder registered and then updated, in that order, for civil affairs’ own system', async () => {
    const cursor = await endOf(hub, 'civil-affairs');
    const { personKey } = await anElder(hub).register();
    expectData(await hub.query(UPDATE_ELDER_PHONE, { personKey, input: { phone: '13800000001' } }));
    expect(await changesAfter(hub, 'civil-affairs', cursor)).toEqual([
      ['Elder', personKey, 'CREATED'],
      ['Elder', personKey, 'UPDATED'],
    ]);
  });

  it('lists a medical institution registered and then updated for health', async () => {
    const cursor = await endOf(hub, 'health');
    const { code } = await aMedicalInstitution(hub).register();
    expectData(await hub.query(UPDATE_MEDICAL_BEDS, { code, input: { medicalBeds: 120 } }, 'health-system'));
    expect(await changesAfter(hub, 'health', cursor)).toEqual([
      ['MedicalInstitution', code, 'CREATED'],
      ['MedicalInstitution', code, 'UPDATED'],
    ]);
  });

  it('lists an LTCI enrolment made and then suspended for medical insurance', async () => {
    const cursor = await endOf(hub, 'medical-insurance');
    const { personKey } = await anLtciEnrolment(hub).since('2023-01-01').enrol();
    const { changeLtciEnrolmentStatus } = expectData(
      await hub.query(
        SUSPEND_ENROLMENT,
        { input: { personKey, status: 'SUSPENDED', effectiveOn: '2024-06-01' } },
        'medical-insurance-system',
      ),
    );
    const enrolment = changeLtciEnrolmentStatus.id;
    expect(await changesAfter(hub, 'medical-insurance', cursor)).toEqual([
      ['LtciEnrolment', enrolment, 'CREATED'],
      ['LtciEnrolment', enrolment, 'UPDATED'],
    ]);
  });

  it('lists a caregiver, a programme and an enrolment created and the enrolment completed for human resources', async () => {
    const cursor = await endOf(hub, 'human-resources');
    const { personKey } = await aCaregiver(hub).register();
    const programme = await aTrainingProgramme(hub).open();
    const { enrolmentId } = await programme.enrol(personKey);
    await programme.complete(enrolmentId, '2024-03-20');
    expect(await changesAfter(hub, 'human-resources', cursor)).toEqual([
      ['Caregiver', personKey, 'CREATED'],
      ['CaregiverTrainingProgramme', programme.id, 'CREATED'],
      ['CaregiverTrainingEnrolment', enrolmentId, 'CREATED'],
      ['CaregiverTrainingEnrolment', enrolmentId, 'UPDATED'],
    ]);
  });

  it('lists a retried allocation once for finance: the same Idempotency-Key adds no change', async () => {
    const fund = await aLotteryFund(hub).of('371002').amounting(10_000_000).record();
    const cursor = await endOf(hub, 'finance');
    const input = {
      fundId: fund.id,
      category: 'ELDER_CARE',
      programme: 'OPERATING_AWARD',
      amountFen: 100_000,
      allocatedOn: '2025-06-01',
    };
    const headers = {
      authorization: `Bearer ${await hub.tokenFor('finance-system')}`,
      'idempotency-key': `change-feed-${target}-allocation`,
    };
    const send = () =>
      hub.queryWithHeaders<{ allocateLotteryFund: { id: string } }>(headers, ALLOCATE_WITH_KEY.toString(), { input });
    const first = expectData(await send()).allocateLotteryFund.id;
    expect(expectData(await send()).allocateLotteryFund.id).toBe(first);
    expect(await changesAfter(hub, 'finance', cursor)).toEqual([['LotteryFundAllocation', first, 'CREATED']]);
  });

  it('resumes from a page’s cursor: the second page starts after the first', async () => {
    const cursor = await endOf(hub, 'civil-affairs');
    const elders = [await anElder(hub).register(), await anElder(hub).register(), await anElder(hub).register()];
    const first = await page(hub, 'civil-affairs', cursor, 2);
    expect(first.items.map((item) => item.recordId)).toEqual([elders[0].personKey, elders[1].personKey]);
    expect(first.hasNextPage).toBe(true);
    const second = await page(hub, 'civil-affairs', first.endCursor, 2);
    expect(second.items.map((item) => item.recordId)).toEqual([elders[2].personKey]);
    expect(second.hasNextPage).toBe(false);
    // At the end, the cursor stays where it was until something changes.
    const atEnd = await page(hub, 'civil-affairs', second.endCursor, 2);
    expect(atEnd).toEqual({ items: [], endCursor: second.endCursor, hasNextPage: false });
    expect(first.items[0].changedAt <= second.items[0].changedAt).toBe(true);
  });

  it('lists nothing for refused writes', async () => {
    const elder = await anElder(hub).register();
    const cursor = await endOf(hub, 'civil-affairs');
    const refused = await hub.query(UPDATE_ELDER_PHONE, {
      personKey: elder.personKey,
      input: { phone: 'not a phone' },
    });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const { args } = await EVERY_MUTATION.registerElder(hub);
    const register = () => hub.query(REGISTER_ELDER, args as { input: RegisterElderInput });
    const { personKey } = expectData(await register()).registerElder;
    expect(errorCodes(await register())).toEqual(['CONFLICT']);
    expect(await changesAfter(hub, 'civil-affairs', cursor)).toEqual([['Elder', personKey, 'CREATED']]);
  });

  it('is refused to another department’s system and to analysts, and answers auditors', async () => {
    for (const as of ['health-system', 'analyst', 'developer'] as const)
      expect(errorCodes(await readFeed(hub, 'civil-affairs', {}, as))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await readFeed(hub, 'finance', {}, 'civil-affairs-system'))).toEqual(['FORBIDDEN']);
    expect(
      expectData(await readFeed(hub, 'civil-affairs', { first: 1 }, 'auditor')).civilAffairsChanges.items,
    ).toHaveLength(1);
  });

  it('leaves an audit entry naming the persons whose records the feed listed', async () => {
    const cursor = await endOf(hub, 'civil-affairs');
    const { personKey } = await anElder(hub).register();
    await changesAfter(hub, 'civil-affairs', cursor);
    const trail = expectData(await hub.query(AUDIT_TRAIL, { personKey }, 'auditor')).civilAffairsAuditTrail.items;
    expect(trail.map((entry) => [entry.kind, entry.fields])).toContainEqual(['READ', ['Query.civilAffairsChanges']]);
  });

  it('refuses a cursor it did not give and a page larger than the maximum', async () => {
    expect(errorCodes(await readFeed(hub, 'health', { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await readFeed(hub, 'health', { first: 1001 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await readFeed(hub, 'health', { first: 0 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a write its log would miss, and logs one whose records are named', async () => {
    const { personKey } = await anElder(hub).register();
    const cursor = await endOf(hub, 'civil-affairs');
    const { dataSource } = hub.subgraphs['civil-affairs'].database;
    const clearPhone = () => dataSource.createQueryBuilder().update(Elder).set({ phone: null }).whereInIds([personKey]);
    await expect(clearPhone().execute()).rejects.toThrow(/outside a transaction/);
    await expect(
      transaction(dataSource, (manager) => clearPhone().setQueryRunner(manager.queryRunner!).execute()),
    ).rejects.toThrow(/names no record/);
    expect(await changesAfter(hub, 'civil-affairs', cursor)).toEqual([]);
    await transaction(dataSource, async (manager) => {
      await clearPhone().setQueryRunner(manager.queryRunner!).callListeners(false).execute();
      noteChanges(manager, Elder, [personKey], ChangeOperation.UPDATED);
    });
    expect(await changesAfter(hub, 'civil-affairs', cursor)).toEqual([['Elder', personKey, 'UPDATED']]);
  });

  it('answers CURSOR_EXPIRED for a cursor whose changes are no longer kept', async () => {
    const cursor = await endOf(hub, 'civil-affairs');
    await anElder(hub).register();
    const stale = (await page(hub, 'civil-affairs', cursor, 1)).endCursor;
    await anElder(hub).register();
    // Forty days pass: every entry so far falls out of the 30-day window and is purged, but the newest.
    const { dataSource } = hub.subgraphs['civil-affairs'].database;
    await dataSource.createQueryBuilder().update(ChangeRecord).set({ changedAt: '2000-01-01T00:00:00.000Z' }).execute();
    expect(await purgeExpiredChanges(dataSource, 30)).toBeGreaterThan(0);
    const expired = await readFeed(hub, 'civil-affairs', { after: stale });
    expect(errorCodes(expired)).toEqual(['CURSOR_EXPIRED']);
    // The newest entry is kept, so a system that was in step resumes without a resync.
    expect(await page(hub, 'civil-affairs', null, 10)).toMatchObject({
      hasNextPage: false,
      items: [{ entityType: 'Elder' }],
    });
  });
});
