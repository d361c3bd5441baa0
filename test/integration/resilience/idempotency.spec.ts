import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { AuditRecord } from '../../../subgraphs/shared/audit/audit-record.entity';
import type { CallerClaims } from '../../../subgraphs/shared/auth/development-callers';
import { DEPARTMENT_NAMES, type Department } from '../../../subgraphs/shared/departments';
import { repoRoot } from '../../../subgraphs/shared/paths';
import { IdempotencyRecord } from '../../../subgraphs/shared/idempotency/idempotency-record.entity';
import { purgeLapsedIdempotencyRecords } from '../../../subgraphs/shared/idempotency/idempotency-purge';
import { expectData } from '../../support/builders/expect-data';
import { aFreshPatient, aHomeSickbed, aMedicalInstitution } from '../../support/builders/health';
import { graphql } from '../../support/graphql';
import { aFund, EVERY_MUTATION } from './every-mutation.cases';
import {
  type As,
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  type Operation,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

const ALLOCATE_WITH_KEY = graphql(`
  mutation IdempotencyAllocate($input: AllocateLotteryFundInput!) {
    allocateLotteryFund(input: $input) {
      id
      amountFen
      fund {
        allocatedFen
      }
    }
  }
`);

const VISIT_WITH_KEY = graphql(`
  mutation IdempotencyHomeSickbedVisit($input: RecordHomeSickbedVisitInput!) {
    recordHomeSickbedVisit(input: $input) {
      id
      visitCount
      lastVisitedOn
    }
  }
`);

const FUND_ALLOCATED = graphql(`
  query IdempotencyFundAllocated($id: ID!) {
    lotteryFund(id: $id) {
      allocatedFen
      allocations {
        id
      }
    }
  }
`);

/** Sends an operation through the gateway as a caller, with an `Idempotency-Key` header. */
async function sendWithKey<R, V>(
  hub: OwnTestHub,
  key: string,
  as: NonNullable<As> | CallerClaims,
  operation: Operation<R, V>,
  variables: V,
): Promise<GraphQLResult<R>> {
  const token = typeof as === 'string' ? await hub.tokenFor(as) : await hub.mint(as);
  return hub.queryWithHeaders<R>(
    { authorization: `Bearer ${token}`, 'idempotency-key': key },
    operation.toString(),
    variables as Record<string, unknown>,
  );
}

const API = buildSchema(fs.readFileSync(path.join(repoRoot(), 'schema', 'api.graphql'), 'utf8'));
const MUTATIONS = Object.values(API.getMutationType()!.getFields());

/**
 * The mutation as a department system would send it, answering every plain field of its result.
 * Generated from the public schema so that every mutation, present and future, is covered; hence a
 * plain string rather than a typed document.
 */
function operationFor(name: string): string {
  const field = API.getMutationType()!.getFields()[name];
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const type = getNamedType(field.type);
  const leaves = isObjectType(type)
    ? Object.values(type.getFields())
        .filter((leaf) => isLeafType(getNamedType(leaf.type)) && !leaf.args.some((arg) => isNonNullType(arg.type)))
        .map((leaf) => leaf.name)
    : [];
  return `mutation IdempotencyEvery_${name}(${variables}) { ${name}(${args}) { __typename ${leaves.join(' ')} } }`;
}

/**
 * What a repeat without a key does, as the README lists it: the mutations not named here refuse it
 * (`CONFLICT`), which keeps the records right but tells a retrying system its write failed.
 */
const WITHOUT_KEY: Record<string, string> = {
  updateElder: 'answers the same',
  updateFacility: 'answers the same',
  updateInstitution: 'answers the same',
  updateMedicalInstitution: 'answers the same',
  correctElderCareMajorEnrolment: 'answers the same',
  allocateLotteryFund: 'writes again',
  recordHomeSickbedVisit: 'writes again',
  recordAbilityAssessment: 'writes again',
  openCaregiverTrainingProgramme: 'writes again',
  importElders: 'answers each item UNCHANGED',
  importAbilityAssessments: 'answers each item UNCHANGED',
  importCaregivers: 'answers each item UNCHANGED',
  importCaregiverCertificates: 'answers each item UNCHANGED',
  importLotteryFundAllocations: 'answers each item UNCHANGED',
  importLotteryFundDisbursements: 'answers each item UNCHANGED',
  importHospitalStays: 'answers each item UNCHANGED',
  importHomeSickbeds: 'answers each item UNCHANGED',
  importLtciEnrolments: 'answers each item UNCHANGED',
  importLtciAssessments: 'answers each item UNCHANGED',
  importLtciSettlements: 'answers each item UNCHANGED',
};

/** A bulk load sent again: what it wrote the first time it now finds, and answers UNCHANGED. */
function isBulkRepeat(first: GraphQLResult<unknown>, again: GraphQLResult<unknown>): boolean {
  const counts = (result: GraphQLResult<unknown>) =>
    Object.values(result.data ?? {})[0] as { created?: number; unchanged?: number } | null;
  const [before, after] = [counts(first), counts(again)];
  return typeof after?.unchanged === 'number' && after.unchanged === before?.created && after.created === 0;
}

let keys = 0;
/** A key no other test of this file has sent (a UUID in real use). */
const freshKey = () => `test-key-${process.pid}-${++keys}`;

/** Audit entries of one mutation in a department: one WRITE per write actually made, one REPLAY per retry answered from the stored result. */
async function auditCounts(hub: OwnTestHub, department: Department, mutation: string) {
  const manager = hub.subgraphs[department].database.dataSource.manager;
  return {
    writes: await manager.countBy(AuditRecord, { operation: mutation, kind: 'WRITE' as AuditRecord['kind'] }),
    replays: await manager.countBy(AuditRecord, { operation: mutation, kind: 'REPLAY' as AuditRecord['kind'] }),
  };
}

/** The department that owns a mutation: the subgraph whose schema declares it. */
function departmentOf(mutation: string): Department {
  for (const department of DEPARTMENT_NAMES) {
    const sdl = fs.readFileSync(path.join(repoRoot(), 'schema', `${department}.graphql`), 'utf8');
    if (new RegExp(`^\\s+${mutation}\\(`, 'm').test(sdl)) return department;
  }
  throw new Error(`no department declares ${mutation}`);
}

// A hub of its own: the tests count a department's audit entries per mutation and reach into its idempotency records.
describe.each(DATABASE_TARGETS)('idempotency keys on %s', (target) => {
  let hub: OwnTestHub;
  let medicalInstitutionCode: string;

  beforeAll(async () => {
    hub = await startTestHub(target);
    ({ code: medicalInstitutionCode } = await aMedicalInstitution(hub).register());
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  const anAllocation = async () => {
    const fund = await aFund(hub, 1_000_000);
    return {
      fund,
      input: {
        fundId: fund.id,
        category: 'ELDER_CARE' as const,
        programme: 'OPERATING_AWARD' as const,
        amountFen: 100_000,
        allocatedOn: '2025-06-01',
      },
    };
  };
  /** The visits a sickbed has, read by recording one more (keyless) visit: the hub has no query of one sickbed. */
  const visitsBeforeOneMore = async (homeSickbedId: string) => {
    const input = { homeSickbedId, visitedOn: '2025-03-20' };
    return (
      expectData(await hub.query(VISIT_WITH_KEY, { input }, 'health-system')).recordHomeSickbedVisit.visitCount - 1
    );
  };
  const aSickbed = () => aHomeSickbed(hub, aFreshPatient(hub)).by(medicalInstitutionCode).from('2025-03-01').record();

  it('allocates a lottery fund once when the same allocation is sent twice with one key, and answers the same', async () => {
    const { fund, input } = await anAllocation();
    const key = freshKey();
    const first = expectData(await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input }));
    const again = expectData(await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input }));
    expect(again).toEqual(first);
    const { lotteryFund } = expectData(await hub.query(FUND_ALLOCATED, { id: fund.id }, 'finance-system'));
    expect(lotteryFund?.allocations).toHaveLength(1);
    expect(lotteryFund?.allocatedFen).toBe(100_000);
  });

  it('counts a home sickbed visit once when the same visit is sent twice with one key, and answers the same', async () => {
    const { id } = await aSickbed();
    const key = freshKey();
    const input = { homeSickbedId: id, visitedOn: '2025-03-05' };
    const first = expectData(await sendWithKey(hub, key, 'health-system', VISIT_WITH_KEY, { input }));
    const again = expectData(await sendWithKey(hub, key, 'health-system', VISIT_WITH_KEY, { input }));
    expect(first.recordHomeSickbedVisit.visitCount).toBe(1);
    expect(again).toEqual(first);
    expect(await visitsBeforeOneMore(id)).toBe(1);
  });

  it('writes once when duplicates with one key arrive at the same moment, and answers each with that write', async () => {
    const { id } = await aSickbed();
    const { fund, input } = await anAllocation();
    const visitKey = freshKey();
    const allocationKey = freshKey();
    const visit = { homeSickbedId: id, visitedOn: '2025-03-06' };
    const [visits, allocations] = await Promise.all([
      Promise.all(
        Array.from({ length: 4 }, () => sendWithKey(hub, visitKey, 'health-system', VISIT_WITH_KEY, { input: visit })),
      ),
      Promise.all(
        Array.from({ length: 4 }, () =>
          sendWithKey(hub, allocationKey, 'finance-system', ALLOCATE_WITH_KEY, { input }),
        ),
      ),
    ]);
    for (const answer of visits) expect(expectData(answer).recordHomeSickbedVisit.visitCount).toBe(1);
    expect(new Set(allocations.map((answer) => expectData(answer).allocateLotteryFund.id)).size).toBe(1);
    expect(await visitsBeforeOneMore(id)).toBe(1);
    expect(
      expectData(await hub.query(FUND_ALLOCATED, { id: fund.id }, 'finance-system')).lotteryFund?.allocations,
    ).toHaveLength(1);
  });

  it('refuses a key sent again with other input, naming the key, and writes nothing', async () => {
    const { id } = await aSickbed();
    const key = freshKey();
    expectData(
      await sendWithKey(hub, key, 'health-system', VISIT_WITH_KEY, {
        input: { homeSickbedId: id, visitedOn: '2025-03-07' },
      }),
    );
    const other = await sendWithKey(hub, key, 'health-system', VISIT_WITH_KEY, {
      input: { homeSickbedId: id, visitedOn: '2025-03-08' },
    });
    expect(errorCodes(other)).toEqual(['CONFLICT']);
    expect(other.errors?.[0]?.message).toContain(key);
    expect(other.errors?.[0]?.extensions?.field).toBe('Idempotency-Key');
    expect(await visitsBeforeOneMore(id)).toBe(1);
  });

  it('scopes a key to its caller: another system sending the same key makes its own write', async () => {
    const { fund, input } = await anAllocation();
    const key = freshKey();
    const mine = expectData(await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input }));
    const anotherSystem: CallerClaims = {
      sub: 'finance-budget-system',
      role: 'department-system',
      department: 'finance',
      scope: 'write',
    };
    const theirs = await sendWithKey(hub, key, anotherSystem, ALLOCATE_WITH_KEY, { input });
    expect(expectData(theirs).allocateLotteryFund.id).not.toBe(mine.allocateLotteryFund.id);
    expect(
      expectData(await hub.query(FUND_ALLOCATED, { id: fund.id }, 'finance-system')).lotteryFund?.allocations,
    ).toHaveLength(2);
  });

  it('leaves a REPLAY audit entry for a retry answered from the stored result, and no second WRITE', async () => {
    const { input } = await anAllocation();
    const key = freshKey();
    const before = await auditCounts(hub, 'finance', 'allocateLotteryFund');
    expectData(await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input }));
    expectData(await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input }));
    expect(await auditCounts(hub, 'finance', 'allocateLotteryFund')).toEqual({
      writes: before.writes + 1,
      replays: before.replays + 1,
    });
  });

  it('refuses a malformed key before writing anything', async () => {
    const { fund, input } = await anAllocation();
    for (const key of ['short', 'x'.repeat(129), 'has space in it', 'ümlaut-key-1234']) {
      const answer = await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input });
      expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    }
    expect(
      expectData(await hub.query(FUND_ALLOCATED, { id: fund.id }, 'finance-system')).lotteryFund?.allocations,
    ).toHaveLength(0);
  });

  it('takes a key in the standard’s quoted form as the same key', async () => {
    const { fund, input } = await anAllocation();
    const key = freshKey();
    const first = expectData(await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input }));
    expect(expectData(await sendWithKey(hub, `"${key}"`, 'finance-system', ALLOCATE_WITH_KEY, { input }))).toEqual(
      first,
    );
    expect(
      expectData(await hub.query(FUND_ALLOCATED, { id: fund.id }, 'finance-system')).lotteryFund?.allocations,
    ).toHaveLength(1);
  });

  it('refuses one key on an operation of two mutation fields, which would name two writes', async () => {
    const { fund, input } = await anAllocation();
    const answer = await sendWithKey(
      hub,
      freshKey(),
      'finance-system',
      `mutation IdempotencyTwoWrites($input: AllocateLotteryFundInput!) {
        a: allocateLotteryFund(input: $input) { id }
        b: allocateLotteryFund(input: $input) { id }
      }`,
      { input },
    );
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(
      expectData(await hub.query(FUND_ALLOCATED, { id: fund.id }, 'finance-system')).lotteryFund?.allocations,
    ).toHaveLength(0);
  });

  it('has a case below for every mutation of the graph', () => {
    expect(Object.keys(EVERY_MUTATION).sort()).toEqual(MUTATIONS.map((mutation) => mutation.name).sort());
  });

  it.each(MUTATIONS.map((mutation) => mutation.name))(
    'writes %s once when it is sent twice with one key, and answers the same',
    async (name) => {
      const department = departmentOf(name);
      const { as, args } = await EVERY_MUTATION[name](hub);
      const key = freshKey();
      const before = await auditCounts(hub, department, name);
      const first = await sendWithKey(hub, key, as, operationFor(name), args);
      expect(first.errors).toBeUndefined();
      const again = await sendWithKey(hub, key, as, operationFor(name), args);
      expect(again).toEqual(first);
      expect(await auditCounts(hub, department, name)).toEqual({
        writes: before.writes + 1,
        replays: before.replays + 1,
      });
    },
  );

  it.each(MUTATIONS.map((mutation) => mutation.name))(
    'without a key, a repeat of %s behaves as the README lists it',
    async (name) => {
      const { as, args } = await EVERY_MUTATION[name](hub);
      const token = await hub.tokenFor(as);
      const send = () => hub.queryWithHeaders({ authorization: `Bearer ${token}` }, operationFor(name), args);
      const first = await send();
      expect(first.errors).toBeUndefined();
      const again = await send();
      const outcome = again.errors
        ? `refused: ${errorCodes(again).join()}`
        : isBulkRepeat(first, again)
          ? 'answers each item UNCHANGED'
          : JSON.stringify(again) === JSON.stringify(first)
            ? 'answers the same'
            : 'writes again';
      expect(outcome).toBe(WITHOUT_KEY[name] ?? 'refused: CONFLICT');
    },
  );

  it('treats a key older than its 24 hours as new, and purges lapsed records', async () => {
    const { fund, input } = await anAllocation();
    const key = freshKey();
    expectData(await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input }));
    const records = hub.subgraphs.finance.database.dataSource.getRepository(IdempotencyRecord);
    const lapsed = new Date(Date.now() - 1000).toISOString();
    await records.update({ idempotencyKey: key }, { expiresAt: lapsed });
    expectData(await sendWithKey(hub, key, 'finance-system', ALLOCATE_WITH_KEY, { input }));
    expect(
      expectData(await hub.query(FUND_ALLOCATED, { id: fund.id }, 'finance-system')).lotteryFund?.allocations,
    ).toHaveLength(2);
    const retaken = await records.findOneByOrFail({ idempotencyKey: key });
    expect(retaken.expiresAt > new Date(Date.now() + 23 * 3600_000).toISOString()).toBe(true);

    await records.update({ idempotencyKey: key }, { expiresAt: lapsed });
    await purgeLapsedIdempotencyRecords(hub.subgraphs.finance.database.dataSource);
    expect(await records.countBy({ idempotencyKey: key })).toBe(0);
  });
});
