import { aSourceSystem, outcomesOf } from '../../support/builders/bulk';
import {
  enrolmentsToLoad,
  ltciAssessmentsToLoad,
  personKeysFor,
  settlementsToLoad,
} from '../../support/builders/bulk-health-insurance';
import { expectData } from '../../support/builders/expect-data';
import {
  changeLtciStatus,
  anLtciDesignation,
  anLtciEnrolment,
  recordLtciAssessment,
} from '../../support/builders/medical-insurance';
import { graphql } from '../../support/graphql';
import type { EnrolInLtciInput, RecordLtciAssessmentInput, SettleLtciMonthInput } from '../../support/graphql/graphql';
import {
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const IMPORT_ENROLMENTS = graphql(`
  mutation BulkImportLtciEnrolments($input: ImportLtciEnrolmentsInput!) {
    importLtciEnrolments(input: $input) {
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

const IMPORT_ASSESSMENTS = graphql(`
  mutation BulkImportLtciAssessments($input: ImportLtciAssessmentsInput!) {
    importLtciAssessments(input: $input) {
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

const IMPORT_SETTLEMENTS = graphql(`
  mutation BulkImportLtciSettlements($input: ImportLtciSettlementsInput!) {
    importLtciSettlements(input: $input) {
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

const ENROLMENT_BY_SOURCE_REF = graphql(`
  query BulkLtciEnrolmentBySourceRef($source: String!, $ref: String!) {
    ltciEnrolmentBySourceRef(source: $source, ref: $ref) {
      id
      personKey
      scheme
      status
      since
      sourceRef {
        source
        ref
      }
    }
  }
`);

const ASSESSMENT_BY_SOURCE_REF = graphql(`
  query BulkLtciAssessmentBySourceRef($source: String!, $ref: String!) {
    ltciAssessmentBySourceRef(source: $source, ref: $ref) {
      id
      personKey
      grade
      sourceRef {
        source
        ref
      }
    }
  }
`);

const SETTLEMENT_BY_SOURCE_REF = graphql(`
  query BulkLtciSettlementBySourceRef($source: String!, $ref: String!) {
    ltciSettlementBySourceRef(source: $source, ref: $ref) {
      id
      personKey
      month
      days
      fundFen
      sourceRef {
        source
        ref
      }
    }
  }
`);

const MEDICAL_INSURANCE_CHANGES_AFTER_BULK = graphql(`
  query BulkMedicalInsuranceChanges($after: String) {
    medicalInsuranceChanges(after: $after, first: 1000) {
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

const ENROL_WITH_REF = graphql(`
  mutation BulkEnrolInLtciWithRef($input: EnrolInLtciInput!) {
    enrolInLtci(input: $input) {
      id
    }
  }
`);

const ASSESS_WITH_REF = graphql(`
  mutation BulkRecordLtciAssessmentWithRef($input: RecordLtciAssessmentInput!) {
    recordLtciAssessment(input: $input) {
      id
    }
  }
`);

const SETTLE_WITH_REF = graphql(`
  mutation BulkSettleLtciMonthWithRef($input: SettleLtciMonthInput!) {
    settleLtciMonth(input: $input) {
      id
    }
  }
`);

const MI = 'medical-insurance-system';
type Mode = 'PER_ITEM' | 'ALL_OR_NOTHING';

describe.each(DATABASE_TARGETS)('bulk loads of LTCI enrolments, assessments and settlements (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const loadEnrolments = async (items: EnrolInLtciInput[], mode: Mode = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_ENROLMENTS, { input: { mode, items } }, MI)).importLtciEnrolments;
  const loadAssessments = async (items: RecordLtciAssessmentInput[], mode: Mode = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_ASSESSMENTS, { input: { mode, items } }, MI)).importLtciAssessments;
  const loadSettlements = async (items: SettleLtciMonthInput[], mode: Mode = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_SETTLEMENTS, { input: { mode, items } }, MI)).importLtciSettlements;
  const enrolmentBySourceRef = async (source: string, ref: string) =>
    expectData(await hub.query(ENROLMENT_BY_SOURCE_REF, { source, ref }, MI)).ltciEnrolmentBySourceRef;
  const assessmentBySourceRef = async (source: string, ref: string) =>
    expectData(await hub.query(ASSESSMENT_BY_SOURCE_REF, { source, ref }, MI)).ltciAssessmentBySourceRef;
  const settlementBySourceRef = async (source: string, ref: string) =>
    expectData(await hub.query(SETTLEMENT_BY_SOURCE_REF, { source, ref }, MI)).ltciSettlementBySourceRef;
  const outcomes = (answer: { items: Array<{ outcome: string; code?: string | null; field?: string | null }> }) =>
    answer.items.map((item) => [item.outcome, item.code ?? null, item.field ?? null]);
  /** The feed's end now, so that a test reads only what it changed after. */
  const feedEnd = async () => {
    let end: string | null = null;
    for (;;) {
      const page: { endCursor?: string | null; hasNextPage: boolean } = expectData(
        await hub.query(MEDICAL_INSURANCE_CHANGES_AFTER_BULK, { after: end }, MI),
      ).medicalInsuranceChanges;
      end = page.endCursor ?? end;
      if (!page.hasNextPage) return end;
    }
  };
  const changesAfter = async (after: string | null) =>
    expectData(await hub.query(MEDICAL_INSURANCE_CHANGES_AFTER_BULK, { after }, MI)).medicalInsuranceChanges.items;
  /** A person insured since 2016 with a qualifying grade valid to 2030: one whose months can be settled. */
  const aSettleablePerson = async () => {
    const { personKey } = await anLtciEnrolment(hub).since('2016-01-01').enrol();
    await recordLtciAssessment(hub, personKey, 'SEVERE_DISABILITY_I', '2016-01-01', { validUntil: '2030-12-31' });
    return personKey;
  };
  const aProvider = async () => (await anLtciDesignation(hub).from('2016-01-01').designate()).providerCode;

  describe('importLtciEnrolments', () => {
    /** Four enrolments of which the second has a wrong check character and the fourth a town outside its district. */
    const aLoadWithTwoBadItems = () => {
      const source = aSourceSystem(hub, 'ltci');
      const items = enrolmentsToLoad(hub, 4, source);
      items[1] = {
        ...items[1],
        idNumber: `${items[1].idNumber.slice(0, 17)}${items[1].idNumber.endsWith('0') ? '1' : '0'}`,
      };
      items[3] = { ...items[3], townCode: '371002001' };
      return { source, items };
    };

    it('writes exactly the good enrolments of a per-item load, findable by source reference, and reports each bad one', async () => {
      const { source, items } = aLoadWithTwoBadItems();
      const answer = await loadEnrolments(items);
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'idNumber'],
        [2, 'CREATED', null, null],
        [3, 'REFUSED', 'BAD_USER_INPUT', 'townCode'],
      ]);
      expect(await enrolmentBySourceRef(source, 'N2')).toMatchObject({
        id: answer.items[2].id,
        status: 'ACTIVE',
        since: '2016-01-01',
        sourceRef: { source, ref: 'N2' },
      });
      expect(await enrolmentBySourceRef(source, 'N1')).toBeNull();
    });

    it('writes none of an all-or-nothing load with a bad item', async () => {
      const { source, items } = aLoadWithTwoBadItems();
      expect(await loadEnrolments(items, 'ALL_OR_NOTHING')).toMatchObject({ created: 0, refused: 2, notWritten: 2 });
      expect(await enrolmentBySourceRef(source, 'N0')).toBeNull();
    });

    it('answers a repeat UNCHANGED (also without its reference, by the person), re-opens an ended enrolment and refuses to change an active one; the feed shows each change once', async () => {
      const source = aSourceSystem(hub, 'ltci');
      const items = enrolmentsToLoad(hub, 3, source);
      const end = await feedEnd();
      const first = await loadEnrolments(items);
      expect(first.created).toBe(3);
      const again = await loadEnrolments([items[0], { ...items[1], sourceRef: null }, items[2]]);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect(again.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));

      const ended = (await enrolmentBySourceRef(source, 'N0'))!.personKey;
      await changeLtciStatus(hub, ended, 'ENDED', '2020-06-30');
      const changed = await loadEnrolments([
        { ...items[0], since: '2021-01-01', scheme: 'EMPLOYEE' },
        { ...items[1], scheme: 'EMPLOYEE' },
      ]);
      expect(outcomes(changed)).toEqual([
        ['UPDATED', null, null],
        ['REFUSED', 'CONFLICT', 'idNumber'],
      ]);
      expect(await enrolmentBySourceRef(source, 'N0')).toMatchObject({
        status: 'ACTIVE',
        scheme: 'EMPLOYEE',
        since: '2021-01-01',
      });
      const [a, b, c] = first.items.map((item) => item.id);
      expect(await changesAfter(end)).toEqual([
        { entityType: 'LtciEnrolment', recordId: a, operation: 'CREATED' },
        { entityType: 'LtciEnrolment', recordId: b, operation: 'CREATED' },
        { entityType: 'LtciEnrolment', recordId: c, operation: 'CREATED' },
        { entityType: 'LtciEnrolment', recordId: a, operation: 'UPDATED' },
        { entityType: 'LtciEnrolment', recordId: a, operation: 'UPDATED' },
      ]);
    });

    it('refuses a reference that names another person’s enrolment, and a person sent twice in one load', async () => {
      const source = aSourceSystem(hub, 'ltci');
      const [first, second] = enrolmentsToLoad(hub, 2, source);
      await loadEnrolments([first]);
      expect(outcomes(await loadEnrolments([{ ...second, sourceRef: first.sourceRef }]))).toEqual([
        ['REFUSED', 'CONFLICT', 'sourceRef'],
      ]);
      const twice = await loadEnrolments([
        { ...second, sourceRef: { source, ref: 'N-x' } },
        { ...second, sourceRef: { source, ref: 'N-y' } },
      ]);
      expect(outcomes(twice)).toEqual([
        ['CREATED', null, null],
        ['REFUSED', 'CONFLICT', 'idNumber'],
      ]);
    });

    it('sends as many SQL statements for 1,000 enrolments as for 100', async () => {
      const statementsFor = async (count: number) => {
        const items = enrolmentsToLoad(hub, count, aSourceSystem(hub, 'ltci'));
        const before = hub.statements('medical-insurance');
        expect((await loadEnrolments(items)).created).toBe(count);
        return hub.statements('medical-insurance') - before;
      };
      const small = await statementsFor(100);
      const large = await statementsFor(1000);
      // 1,000 rows take two INSERTs of 500 where 100 take one.
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });

    it('refuses a load and a lookup from another department’s system', async () => {
      const source = aSourceSystem(hub, 'ltci');
      const answer = await hub.query(
        IMPORT_ENROLMENTS,
        { input: { mode: 'PER_ITEM', items: enrolmentsToLoad(hub, 1, source) } },
        'health-system',
      );
      expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
      const lookup = await hub.query(ENROLMENT_BY_SOURCE_REF, { source, ref: 'N0' }, 'health-system');
      expect(errorCodes(lookup)).toEqual(['FORBIDDEN']);
    });
  });

  describe('importLtciAssessments', () => {
    /** Four assessments of which the second is of a person not insured and the third ends before it is made. */
    const aLoadWithTwoBadItems = async () => {
      const source = aSourceSystem(hub, 'ltci');
      const { personKey } = await anLtciEnrolment(hub).since('2016-01-01').enrol();
      const items = ltciAssessmentsToLoad(personKey, 4, source);
      items[1] = { ...items[1], personKey: personKeysFor(hub, 1)[0] };
      items[2] = { ...items[2], validUntil: '2015-12-31' };
      return { source, items };
    };

    it('writes exactly the good assessments of a per-item load, findable by source reference, and reports each bad one', async () => {
      const { source, items } = await aLoadWithTwoBadItems();
      const answer = await loadAssessments(items);
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'personKey'],
        [2, 'REFUSED', 'BAD_USER_INPUT', 'validUntil'],
        [3, 'CREATED', null, null],
      ]);
      expect(await assessmentBySourceRef(source, 'G3')).toEqual({
        id: answer.items[3].id,
        personKey: items[3].personKey,
        grade: 'SEVERE_DISABILITY_I',
        sourceRef: { source, ref: 'G3' },
      });
      expect(await assessmentBySourceRef(source, 'G1')).toBeNull();
    });

    it('writes none of an all-or-nothing load with a bad item', async () => {
      const { source, items } = await aLoadWithTwoBadItems();
      expect(await loadAssessments(items, 'ALL_OR_NOTHING')).toMatchObject({ created: 0, refused: 2, notWritten: 2 });
      expect(await assessmentBySourceRef(source, 'G0')).toBeNull();
    });

    it('answers a repeat UNCHANGED, a regrade UPDATED, and another reference for a recorded day CONFLICT; the feed shows each change once', async () => {
      const source = aSourceSystem(hub, 'ltci');
      const { personKey } = await anLtciEnrolment(hub).since('2016-01-01').enrol();
      const items = ltciAssessmentsToLoad(personKey, 2, source);
      const end = await feedEnd();
      const first = await loadAssessments(items);
      expect(first.created).toBe(2);
      expect(await loadAssessments(items)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      const changed = await loadAssessments([
        { ...items[0], grade: 'SEVERE_DISABILITY_II' },
        { ...items[1], sourceRef: { source, ref: 'G-other' } },
      ]);
      expect(outcomes(changed)).toEqual([
        ['UPDATED', null, null],
        ['REFUSED', 'CONFLICT', 'assessedOn'],
      ]);
      expect((await assessmentBySourceRef(source, 'G0'))?.grade).toBe('SEVERE_DISABILITY_II');
      expect(await changesAfter(end)).toEqual([
        { entityType: 'LtciAssessment', recordId: first.items[0].id, operation: 'CREATED' },
        { entityType: 'LtciAssessment', recordId: first.items[1].id, operation: 'CREATED' },
        { entityType: 'LtciAssessment', recordId: first.items[0].id, operation: 'UPDATED' },
      ]);
    });

    it('sends as many SQL statements for 1,000 assessments as for 100', async () => {
      const statementsFor = async (count: number) => {
        const { personKey } = await anLtciEnrolment(hub).since('2016-01-01').enrol();
        const items = ltciAssessmentsToLoad(personKey, count, aSourceSystem(hub, 'ltci'));
        const before = hub.statements('medical-insurance');
        expect((await loadAssessments(items)).created).toBe(count);
        return hub.statements('medical-insurance') - before;
      };
      const small = await statementsFor(100);
      const large = await statementsFor(1000);
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });
  });

  describe('importLtciSettlements', () => {
    /** Four months of which the second holds more days than February 2016 and the third is by a provider not yet designated. */
    const aLoadWithTwoBadItems = async () => {
      const source = aSourceSystem(hub, 'ltci');
      const items = settlementsToLoad([await aSettleablePerson()], await aProvider(), 4, source);
      items[1] = { ...items[1], days: 30 };
      items[2] = {
        ...items[2],
        providerCode: (await anLtciDesignation(hub).from('2024-01-01').designate()).providerCode,
      };
      return { source, items };
    };

    it('writes exactly the good settlements of a per-item load, with their amounts, and reports each bad one', async () => {
      const { source, items } = await aLoadWithTwoBadItems();
      const answer = await loadSettlements(items);
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'days'],
        [2, 'REFUSED', 'BAD_USER_INPUT', 'providerCode'],
        [3, 'CREATED', null, null],
      ]);
      const settled = await settlementBySourceRef(source, 'M0-3');
      expect(settled).toMatchObject({ id: answer.items[3].id, month: '2016-04', days: 20 });
      expect(settled!.fundFen).toBeGreaterThan(0);
      expect(await settlementBySourceRef(source, 'M0-1')).toBeNull();
    });

    it('writes none of an all-or-nothing load with a bad item', async () => {
      const { source, items } = await aLoadWithTwoBadItems();
      expect(await loadSettlements(items, 'ALL_OR_NOTHING')).toMatchObject({ created: 0, refused: 2, notWritten: 2 });
      expect(await settlementBySourceRef(source, 'M0-0')).toBeNull();
    });

    it('answers a repeat UNCHANGED and refuses to re-settle a month with other care; the feed shows each new settlement once', async () => {
      const source = aSourceSystem(hub, 'ltci');
      const items = settlementsToLoad([await aSettleablePerson()], await aProvider(), 2, source);
      const end = await feedEnd();
      const first = await loadSettlements(items);
      expect(first.created).toBe(2);
      const again = await loadSettlements([items[0], { ...items[1], sourceRef: null }]);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      expect(again.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
      expect(outcomes(await loadSettlements([{ ...items[0], chargedFen: 150_000 }]))).toEqual([
        ['REFUSED', 'CONFLICT', 'month'],
      ]);
      expect(await changesAfter(end)).toEqual(
        first.items.map((item) => ({ entityType: 'LtciSettlement', recordId: item.id, operation: 'CREATED' })),
      );
    });

    it('counts the days the load’s earlier items settle in a month against the month’s days', async () => {
      const personKey = await aSettleablePerson();
      const source = aSourceSystem(hub, 'ltci');
      const [byOne] = settlementsToLoad([personKey], await aProvider(), 1, source);
      const [byAnother] = settlementsToLoad([personKey], await aProvider(), 1, `${source}-2`);
      expect(outcomes(await loadSettlements([byOne, byAnother]))).toEqual([
        ['CREATED', null, null],
        ['REFUSED', 'BAD_USER_INPUT', 'days'],
      ]);
    });

    it('answers a repeat with the same idempotency key with the stored answer', async () => {
      const items = settlementsToLoad([await aSettleablePerson()], await aProvider(), 2, aSourceSystem(hub, 'ltci'));
      const key = `bulk-settlements-${hub.unique('bulk-key')}`;
      const withKey = async (idempotencyKey: string) =>
        hub.queryWithHeaders(
          { authorization: `Bearer ${await hub.tokenFor(MI)}`, 'idempotency-key': idempotencyKey },
          IMPORT_SETTLEMENTS.toString(),
          { input: { mode: 'PER_ITEM', items } },
        );
      const first = await withKey(key);
      expect(first.data).toMatchObject({ importLtciSettlements: { created: 2 } });
      expect(await withKey(key)).toEqual(first);
      expect((await withKey(`${key}-other`)).data).toMatchObject({ importLtciSettlements: { unchanged: 2 } });
    });

    it('sends as many SQL statements for 1,000 settlements as for 100', async () => {
      const provider = await aProvider();
      const people = await Promise.all(Array.from({ length: 10 }, () => aSettleablePerson()));
      const statementsFor = async (personKeys: string[]) => {
        const items = settlementsToLoad(personKeys, provider, 100, aSourceSystem(hub, 'ltci'));
        const before = hub.statements('medical-insurance');
        expect((await loadSettlements(items)).created).toBe(items.length);
        return hub.statements('medical-insurance') - before;
      };
      const small = await statementsFor([await aSettleablePerson()]);
      const large = await statementsFor(people);
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });
  });

  it('refuses a single enrolment, assessment or settlement whose source reference a load already recorded, with CONFLICT on sourceRef', async () => {
    const source = aSourceSystem(hub, 'ltci');
    const personKey = await aSettleablePerson();
    const provider = await aProvider();
    const [enrolment] = enrolmentsToLoad(hub, 2, source);
    const [assessment] = ltciAssessmentsToLoad(personKey, 1, source);
    const [settlement] = settlementsToLoad([personKey], provider, 1, source);
    expect((await loadEnrolments([enrolment])).created).toBe(1);
    expect((await loadAssessments([{ ...assessment, assessedOn: '2016-02-01' }])).created).toBe(1);
    expect((await loadSettlements([settlement])).created).toBe(1);
    const [other] = enrolmentsToLoad(hub, 1, source);
    const answers = [
      await hub.query(ENROL_WITH_REF, { input: { ...other, sourceRef: enrolment.sourceRef } }, MI),
      await hub.query(ASSESS_WITH_REF, { input: { ...assessment, assessedOn: '2016-03-01' } }, MI),
      await hub.query(SETTLE_WITH_REF, { input: { ...settlement, month: '2016-05' } }, MI),
    ];
    for (const answer of answers) {
      expect(errorCodes(answer)).toEqual(['CONFLICT']);
      expect(answer.errors?.[0]?.extensions?.field).toBe('sourceRef');
    }
  });

  it('answers a repeat of an assessment UNCHANGED after the enrolment ended, and refuses to change it', async () => {
    const source = aSourceSystem(hub, 'ltci');
    const { personKey } = await anLtciEnrolment(hub).since('2016-01-01').enrol();
    const items = ltciAssessmentsToLoad(personKey, 1, source);
    expect((await loadAssessments(items)).created).toBe(1);
    await changeLtciStatus(hub, personKey, 'ENDED', '2020-01-31');
    expect(await loadAssessments(items)).toMatchObject({ unchanged: 1 });
    expect(outcomes(await loadAssessments([{ ...items[0], grade: 'SEVERE_DISABILITY_III' }]))).toEqual([
      ['REFUSED', 'BAD_USER_INPUT', 'personKey'],
    ]);
  });
});
