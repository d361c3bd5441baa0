import { aSourceSystem, outcomesOf } from '../../support/builders/bulk';
import { aFundToLoadInto, allocationsToLoad, disbursementsToLoad } from '../../support/builders/bulk-finance';
import { expectData } from '../../support/builders/expect-data';
import { aDecisionReference, anAllocationFrom, aPaymentFrom } from '../../support/builders/finance';
import { graphql } from '../../support/graphql';
import type { AllocateLotteryFundInput, DisburseLotteryFundInput } from '../../support/graphql/graphql';
import {
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const IMPORT_ALLOCATIONS = graphql(`
  mutation BulkImportLotteryFundAllocations($input: ImportLotteryFundAllocationsInput!) {
    importLotteryFundAllocations(input: $input) {
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

const IMPORT_DISBURSEMENTS = graphql(`
  mutation BulkImportLotteryFundDisbursements($input: ImportLotteryFundDisbursementsInput!) {
    importLotteryFundDisbursements(input: $input) {
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

const ALLOCATION_BY_SOURCE_REF = graphql(`
  query BulkLotteryFundAllocationBySourceRef($source: String!, $ref: String!) {
    lotteryFundAllocationBySourceRef(source: $source, ref: $ref) {
      id
      amountFen
      sourceRef {
        source
        ref
      }
    }
  }
`);

const DISBURSEMENT_BY_SOURCE_REF = graphql(`
  query BulkLotteryFundDisbursementBySourceRef($source: String!, $ref: String!) {
    lotteryFundDisbursementBySourceRef(source: $source, ref: $ref) {
      id
      amountFen
      decisionReference
      sourceRef {
        source
        ref
      }
    }
  }
`);

const FUND_BALANCE = graphql(`
  query BulkLotteryFundBalance($id: ID!) {
    lotteryFund(id: $id) {
      allocatedFen
      unallocatedFen
    }
  }
`);

const ALLOCATION_REMAINDER = graphql(`
  query BulkLotteryFundAllocationRemainder($id: ID!) {
    lotteryFundAllocation(id: $id) {
      disbursedFen
      remainderFen
    }
  }
`);

const ALLOCATE_WITH_REF = graphql(`
  mutation BulkAllocateLotteryFundWithRef($input: AllocateLotteryFundInput!) {
    allocateLotteryFund(input: $input) {
      id
    }
  }
`);

const REVERSE_PAYMENT = graphql(`
  mutation BulkReverseLotteryFundDisbursement($input: ReverseLotteryFundDisbursementInput!) {
    reverseLotteryFundDisbursement(input: $input) {
      id
    }
  }
`);

const FINANCE_CHANGES = graphql(`
  query BulkFinanceChanges($after: String) {
    financeChanges(after: $after, first: 1000) {
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

const FINANCE = 'finance-system' as const;

describe.each(DATABASE_TARGETS)('bulk loads of lottery-fund allocations and disbursements (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  type Mode = 'PER_ITEM' | 'ALL_OR_NOTHING';
  const loadAllocations = async (items: AllocateLotteryFundInput[], mode: Mode = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_ALLOCATIONS, { input: { mode, items } }, FINANCE)).importLotteryFundAllocations;
  const loadDisbursements = async (items: DisburseLotteryFundInput[], mode: Mode = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_DISBURSEMENTS, { input: { mode, items } }, FINANCE))
      .importLotteryFundDisbursements;
  const allocationByRef = async (source: string, ref: string) =>
    expectData(await hub.query(ALLOCATION_BY_SOURCE_REF, { source, ref }, FINANCE)).lotteryFundAllocationBySourceRef;
  const disbursementByRef = async (source: string, ref: string) =>
    expectData(await hub.query(DISBURSEMENT_BY_SOURCE_REF, { source, ref }, FINANCE))
      .lotteryFundDisbursementBySourceRef;
  const balanceOf = async (id: string) => expectData(await hub.query(FUND_BALANCE, { id }, FINANCE)).lotteryFund;
  const remainderOf = async (id: string) =>
    expectData(await hub.query(ALLOCATION_REMAINDER, { id }, FINANCE)).lotteryFundAllocation;
  const changesAfter = async (after: string | null) =>
    expectData(await hub.query(FINANCE_CHANGES, { after }, FINANCE)).financeChanges;
  const feedEnd = async () => {
    let end: string | null = null;
    for (let page = await changesAfter(end); ; page = await changesAfter(end)) {
      end = page.endCursor ?? end;
      if (!page.hasNextPage) return end;
    }
  };
  const withKey = async (operation: { toString(): string }, variables: Record<string, unknown>) => {
    const headers = {
      authorization: `Bearer ${await hub.tokenFor(FINANCE)}`,
      'idempotency-key': `bulk-finance-${hub.unique('key')}`,
    };
    const first = await hub.queryWithHeaders(headers, operation.toString(), variables);
    const again = await hub.queryWithHeaders(headers, operation.toString(), variables);
    return { first, again };
  };

  describe('allocations', () => {
    it('writes exactly the good items of a per-item load and reports each bad one; all-or-nothing writes none', async () => {
      const fund = await aFundToLoadInto(hub, 1_000_000);
      const source = aSourceSystem(hub, 'czj');
      const items = allocationsToLoad(fund, 4, 10_000, source);
      items[1] = { ...items[1], sourceRef: null };
      items[2] = { ...items[2], fundId: '987654' };
      items[3] = { ...items[3], allocatedOn: `${fund.raisedYear - 1}-12-31` };
      const none = await loadAllocations(items, 'ALL_OR_NOTHING');
      expect(none).toMatchObject({ created: 0, refused: 3, notWritten: 1 });
      expect(await allocationByRef(source, 'L0')).toBeNull();
      const answer = await loadAllocations(items);
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'sourceRef'],
        [2, 'REFUSED', 'NOT_FOUND', 'fundId'],
        [3, 'REFUSED', 'BAD_USER_INPUT', 'allocatedOn'],
      ]);
      expect(await allocationByRef(source, 'L0')).toMatchObject({
        id: answer.items[0].id,
        amountFen: 10_000,
        sourceRef: { source, ref: 'L0' },
      });
      expect(await balanceOf(fund.id)).toEqual({ allocatedFen: 10_000, unallocatedFen: 990_000 });
    });

    it('holds the fund’s balance across the items of a load, an update giving back its old amount', async () => {
      const fund = await aFundToLoadInto(hub, 1_000_000);
      await anAllocationFrom(hub, fund.id).otherWelfare().of(300_000).on(`${fund.raisedYear}-05-01`).allocate();
      const source = aSourceSystem(hub, 'czj');
      const items = allocationsToLoad(fund, 3, 300_000, source);
      const none = await loadAllocations(items, 'ALL_OR_NOTHING');
      expect(none.items.map((item) => [item.outcome, item.code, item.field])).toEqual([
        ['NOT_WRITTEN', null, null],
        ['NOT_WRITTEN', null, null],
        ['REFUSED', 'CONFLICT', 'amountFen'],
      ]);
      expect(await balanceOf(fund.id)).toEqual({ allocatedFen: 300_000, unallocatedFen: 700_000 });
      const some = await loadAllocations(items);
      expect(some.items.map((item) => [item.outcome, item.code])).toEqual([
        ['CREATED', null],
        ['CREATED', null],
        ['REFUSED', 'CONFLICT'],
      ]);
      expect(some.items[2].message).toContain('1,000.00 元');
      expect(await balanceOf(fund.id)).toEqual({ allocatedFen: 900_000, unallocatedFen: 100_000 });
      // Lowering L0 to 100,000 gives back 200,000: with the 100,000 left, room for a new 300,000.
      const [, , third] = items;
      const again = await loadAllocations([{ ...items[0], amountFen: 100_000 }, items[1], third]);
      expect(again.items.map((item) => item.outcome)).toEqual(['UPDATED', 'UNCHANGED', 'CREATED']);
      expect(await balanceOf(fund.id)).toEqual({ allocatedFen: 1_000_000, unallocatedFen: 0 });
    });

    it('answers a repeat UNCHANGED and writes nothing, and shows only the created and the updated in the change feed', async () => {
      const fund = await aFundToLoadInto(hub, 1_000_000);
      const source = aSourceSystem(hub, 'czj');
      const items = allocationsToLoad(fund, 2, 10_000, source);
      const end = await feedEnd();
      const first = await loadAllocations(items);
      expect(first.created).toBe(2);
      expect(await loadAllocations(items)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      const changed = await loadAllocations([items[0], { ...items[1], note: '改' }]);
      expect(changed.items.map((item) => [item.outcome, item.id])).toEqual([
        ['UNCHANGED', first.items[0].id],
        ['UPDATED', first.items[1].id],
      ]);
      const [a, b] = first.items.map((item) => item.id);
      expect((await changesAfter(end)).items).toEqual([
        { entityType: 'LotteryFundAllocation', recordId: a, operation: 'CREATED' },
        { entityType: 'LotteryFundAllocation', recordId: b, operation: 'CREATED' },
        { entityType: 'LotteryFundAllocation', recordId: b, operation: 'UPDATED' },
      ]);
    });

    it('refuses to change an allocation paid from, to move one to another fund, and a single allocation under a taken reference', async () => {
      const fund = await aFundToLoadInto(hub, 1_000_000);
      const other = await aFundToLoadInto(hub, 1_000_000);
      const source = aSourceSystem(hub, 'czj');
      const [item] = allocationsToLoad(fund, 1, 10_000, source);
      const { id } = (await loadAllocations([item])).items[0];
      await aPaymentFrom(hub, id!).toProgramme('项目').of(100).on(`${fund.spendingYear}-02-01`).pay();
      const changed = await loadAllocations([{ ...item, amountFen: 20_000 }]);
      expect(changed.items[0]).toMatchObject({ outcome: 'REFUSED', code: 'CONFLICT', field: 'sourceRef' });
      const moved = await loadAllocations([{ ...item, fundId: other.id, allocatedOn: `${other.raisedYear}-06-01` }]);
      expect(moved.items[0]).toMatchObject({ outcome: 'REFUSED', code: 'CONFLICT', field: 'fundId' });
      expect((await allocationByRef(source, 'L0'))?.amountFen).toBe(10_000);
      const single = await hub.query(ALLOCATE_WITH_REF, { input: item }, FINANCE);
      expect(errorCodes(single)).toEqual(['CONFLICT']);
      expect(single.errors?.[0]?.extensions?.field).toBe('sourceRef');
    });

    it('sends as many SQL statements for 1,000 allocations as for 100', async () => {
      const statementsFor = async (count: number) => {
        const fund = await aFundToLoadInto(hub, 1_000_000);
        const items = allocationsToLoad(fund, count, 100, aSourceSystem(hub, 'czj'));
        const before = hub.statements('finance');
        expect((await loadAllocations(items)).created).toBe(count);
        return hub.statements('finance') - before;
      };
      const small = await statementsFor(100);
      const large = await statementsFor(1000);
      // 1,000 rows take two INSERTs of 500 where 100 take one (recording each fund is the same work).
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });

    it('answers a repeat sent with the same idempotency key from the stored result', async () => {
      const fund = await aFundToLoadInto(hub, 1_000_000);
      const items = allocationsToLoad(fund, 2, 10_000, aSourceSystem(hub, 'czj'));
      const { first, again } = await withKey(IMPORT_ALLOCATIONS, { input: { mode: 'PER_ITEM', items } });
      expect(again).toEqual(first);
      expect(first.data).toMatchObject({ importLotteryFundAllocations: { created: 2 } });
      expect(await balanceOf(fund.id)).toEqual({ allocatedFen: 20_000, unallocatedFen: 980_000 });
    });

    it('refuses a load and a lookup from another department’s system', async () => {
      const fund = await aFundToLoadInto(hub, 1_000_000);
      const source = aSourceSystem(hub, 'czj');
      const items = allocationsToLoad(fund, 1, 10_000, source);
      const answer = await hub.query(
        IMPORT_ALLOCATIONS,
        { input: { mode: 'PER_ITEM', items } },
        'civil-affairs-system',
      );
      expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
      const lookup = await hub.query(ALLOCATION_BY_SOURCE_REF, { source, ref: 'L0' }, 'civil-affairs-system');
      expect(errorCodes(lookup)).toEqual(['FORBIDDEN']);
      expect(await balanceOf(fund.id)).toMatchObject({ allocatedFen: 0 });
    });
  });

  describe('disbursements', () => {
    /** A fund and an allocation of `amountFen` from it for any programme. */
    const anAllocation = async (amountFen: number) => {
      const fund = await aFundToLoadInto(hub, 10_000_000);
      const { id } = await anAllocationFrom(hub, fund.id)
        .otherWelfare('OTHER')
        .of(amountFen)
        .on(`${fund.raisedYear}-06-01`)
        .allocate();
      return { fund, allocationId: id };
    };

    it('writes exactly the good items of a per-item load and reports each bad one; all-or-nothing writes none', async () => {
      const { fund, allocationId } = await anAllocation(100_000);
      const paid = aDecisionReference(hub);
      await aPaymentFrom(hub, allocationId)
        .toProgramme('已付项目')
        .of(100)
        .on(`${fund.spendingYear}-02-01`)
        .decidedBy('CIVIL_AFFAIRS', paid)
        .pay();
      const source = aSourceSystem(hub, 'czj');
      const items = disbursementsToLoad(hub, fund, allocationId, 4, 1_000, source);
      items[1] = { ...items[1], ratingBasis: 3 };
      items[2] = { ...items[2], allocationId: '987654' };
      items[3] = { ...items[3], decisionReference: paid };
      const none = await loadDisbursements(items, 'ALL_OR_NOTHING');
      expect(none).toMatchObject({ created: 0, refused: 3, notWritten: 1 });
      expect(await disbursementByRef(source, 'P0')).toBeNull();
      const answer = await loadDisbursements(items);
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'ratingBasis'],
        [2, 'REFUSED', 'NOT_FOUND', 'allocationId'],
        [3, 'REFUSED', 'CONFLICT', 'decisionReference'],
      ]);
      expect(await disbursementByRef(source, 'P0')).toMatchObject({
        id: answer.items[0].id,
        amountFen: 1_000,
        sourceRef: { source, ref: 'P0' },
      });
      expect(await remainderOf(allocationId)).toEqual({ disbursedFen: 1_100, remainderFen: 98_900 });
    });

    it('holds the allocation’s remainder across the items of a load', async () => {
      const { fund, allocationId } = await anAllocation(1_000);
      const source = aSourceSystem(hub, 'czj');
      const items = disbursementsToLoad(hub, fund, allocationId, 3, 400, source);
      const none = await loadDisbursements(items, 'ALL_OR_NOTHING');
      expect(none.items.map((item) => [item.outcome, item.code, item.field])).toEqual([
        ['NOT_WRITTEN', null, null],
        ['NOT_WRITTEN', null, null],
        ['REFUSED', 'CONFLICT', 'amountFen'],
      ]);
      expect(await remainderOf(allocationId)).toEqual({ disbursedFen: 0, remainderFen: 1_000 });
      const some = await loadDisbursements(items);
      expect(some.items.map((item) => item.outcome)).toEqual(['CREATED', 'CREATED', 'REFUSED']);
      expect(await remainderOf(allocationId)).toEqual({ disbursedFen: 800, remainderFen: 200 });
    });

    it('answers a repeat UNCHANGED, by reference or by decision, refuses a changed payment, and shows only the payments in the change feed', async () => {
      const { fund, allocationId } = await anAllocation(100_000);
      const source = aSourceSystem(hub, 'czj');
      const items = disbursementsToLoad(hub, fund, allocationId, 2, 1_000, source);
      const end = await feedEnd();
      const first = await loadDisbursements(items);
      expect(first.created).toBe(2);
      const again = await loadDisbursements([items[0], { ...items[1], sourceRef: null }]);
      expect(again.items.map((item) => [item.outcome, item.id])).toEqual([
        ['UNCHANGED', first.items[0].id],
        ['UNCHANGED', first.items[1].id],
      ]);
      const changed = await loadDisbursements([{ ...items[0], amountFen: 2_000 }]);
      expect(changed.items[0]).toMatchObject({ outcome: 'REFUSED', code: 'CONFLICT', field: 'sourceRef' });
      expect(await remainderOf(allocationId)).toEqual({ disbursedFen: 2_000, remainderFen: 98_000 });
      const [a, b] = first.items.map((item) => item.id);
      expect((await changesAfter(end)).items).toEqual([
        { entityType: 'LotteryFundDisbursement', recordId: a, operation: 'CREATED' },
        { entityType: 'LotteryFundDisbursement', recordId: b, operation: 'CREATED' },
      ]);
    });

    it('refuses a reference whose payment was reversed, and gives a payment recorded without one the load’s reference', async () => {
      const { fund, allocationId } = await anAllocation(100_000);
      const source = aSourceSystem(hub, 'czj');
      const [item, unreferenced] = disbursementsToLoad(hub, fund, allocationId, 2, 1_000, source);
      const { id } = (await loadDisbursements([item])).items[0];
      expectData(
        await hub.query(
          REVERSE_PAYMENT,
          { input: { disbursementId: id!, reversedOn: `${fund.spendingYear}-04-01`, reason: '重复支付' } },
          FINANCE,
        ),
      );
      const reversed = await loadDisbursements([item]);
      expect(reversed.items[0]).toMatchObject({ outcome: 'REFUSED', code: 'CONFLICT', field: 'sourceRef' });
      expect((await loadDisbursements([{ ...unreferenced, sourceRef: null }])).created).toBe(1);
      const referenced = await loadDisbursements([unreferenced]);
      expect(referenced.items[0].outcome).toBe('UPDATED');
      expect(await disbursementByRef(source, 'P1')).toMatchObject({ id: referenced.items[0].id });
    });

    it('sends as many SQL statements for 1,000 disbursements as for 100', async () => {
      const statementsFor = async (count: number) => {
        const { fund, allocationId } = await anAllocation(1_000_000);
        const items = disbursementsToLoad(hub, fund, allocationId, count, 100, aSourceSystem(hub, 'czj'));
        const before = hub.statements('finance');
        expect((await loadDisbursements(items)).created).toBe(count);
        return hub.statements('finance') - before;
      };
      const small = await statementsFor(100);
      const large = await statementsFor(1000);
      // 1,000 rows take two INSERTs of 500 where 100 take one.
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });

    it('answers a repeat sent with the same idempotency key from the stored result', async () => {
      const { fund, allocationId } = await anAllocation(100_000);
      const items = disbursementsToLoad(hub, fund, allocationId, 2, 1_000, aSourceSystem(hub, 'czj'));
      const { first, again } = await withKey(IMPORT_DISBURSEMENTS, { input: { mode: 'PER_ITEM', items } });
      expect(again).toEqual(first);
      expect(first.data).toMatchObject({ importLotteryFundDisbursements: { created: 2 } });
      expect(await remainderOf(allocationId)).toEqual({ disbursedFen: 2_000, remainderFen: 98_000 });
    });

    it('refuses a load and a lookup from another department’s system', async () => {
      const { fund, allocationId } = await anAllocation(100_000);
      const source = aSourceSystem(hub, 'czj');
      const items = disbursementsToLoad(hub, fund, allocationId, 1, 1_000, source);
      const answer = await hub.query(
        IMPORT_DISBURSEMENTS,
        { input: { mode: 'PER_ITEM', items } },
        'human-resources-system',
      );
      expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
      const lookup = await hub.query(DISBURSEMENT_BY_SOURCE_REF, { source, ref: 'P0' }, 'human-resources-system');
      expect(errorCodes(lookup)).toEqual(['FORBIDDEN']);
      expect(await remainderOf(allocationId)).toMatchObject({ disbursedFen: 0 });
    });
  });
});
