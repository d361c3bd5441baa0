import { DEPARTMENT_NAMES, type Department } from '../../../subgraphs/shared/departments';
import { expectData } from '../../support/builders/expect-data';
import { aLotteryFund, anAllocationFrom, anUnregisteredPersonKey, aPaymentFrom } from '../../support/builders/finance';
import { aHospitalStay, aMedicalInstitution } from '../../support/builders/health';
import { graphql } from '../../support/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  postWithStatus,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

/** Mistakes a client makes: each is a client error naming what is wrong, never an internal fault (issue 13, items 5–8). */

const DISBURSEMENTS_OF_ALLOCATION = graphql(`
  query ClientErrorsDisbursementsOfAllocation($allocationId: ID!) {
    lotteryFundDisbursements(filter: { allocationId: $allocationId }) {
      total
    }
  }
`);

const ADMIT_TO_HOSPITAL = `
  mutation ClientErrorsAdmitToHospital($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) { id }
  }
`;

const DISBURSE = `
  mutation ClientErrorsDisburse($input: DisburseLotteryFundInput!) {
    disburseLotteryFund(input: $input) { id }
  }
`;

/** The root field of each department's audit trail: `civilAffairsAuditTrail`, … */
const auditTrailOf = (department: Department) =>
  `${department.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}AuditTrail`;

const UNRESOLVABLE_OPERATIONS: Array<[string, { query: string; operationName?: string }]> = [
  ['an operation name not in the document', { query: 'query Known { __typename }', operationName: 'Unknown' }],
  ['two anonymous operations', { query: '{ __typename } { __typename }' }],
  ['two named operations and no name', { query: 'query A { __typename } query B { __typename }' }],
  ['a subscription', { query: 'subscription Watch { __typename }' }],
];

describe.each(DATABASE_TARGETS)('client errors (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Writes only its own fund, allocation and refused payments; every assertion is about them.
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  describe('an operation that cannot be run', () => {
    it.each(UNRESOLVABLE_OPERATIONS)('is refused with HTTP 400 at the gateway: %s', async (_, body) => {
      const { status, result } = await postWithStatus(hub.gatewayUrl, await hub.tokenFor('civil-affairs-system'), body);
      expect(status).toBe(400);
      expect(['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCodes(result)[0]);
    });

    it.each(UNRESOLVABLE_OPERATIONS)('is refused with HTTP 400 at a subgraph: %s', async (_, body) => {
      const { status, result } = await postWithStatus(
        hub.subgraphUrl('civil-affairs'),
        await hub.tokenFor('civil-affairs-system'),
        body,
      );
      expect(status).toBe(400);
      expect(['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCodes(result)[0]);
    });

    it('still runs the operation a document names', async () => {
      const { status, result } = await postWithStatus(hub.gatewayUrl, await hub.tokenFor('civil-affairs-system'), {
        query: 'query First { __typename } query Second { __typename }',
        operationName: 'Second',
      });
      expect(status).toBe(200);
      expect(result).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('a record number that is not a number', () => {
    it('is refused naming the argument, for a facility asked by id', async () => {
      const result = await hub.query<unknown>('{ communityFacility(id: "abc") { name } }');
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe('id');
    });

    it('is refused naming the filter field, for disbursements of an allocation', async () => {
      const result = await hub.query<unknown>(
        '{ lotteryFundDisbursements(filter: { allocationId: "1 OR 1=1" }) { total } }',
        undefined,
        'finance-system',
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe('filter.allocationId');
    });

    it('is refused naming the input field, in a mutation of another department', async () => {
      const result = await hub.query<unknown>(
        'mutation { completeCaregiverTraining(input: { enrolmentId: "abc", completedOn: "2020-01-01" }) { id } }',
        undefined,
        'human-resources-system',
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe('enrolmentId');
    });

    it('is refused at the subgraph too, for a number beyond any record', async () => {
      const result = await hub.querySubgraph<unknown>(
        'finance',
        '{ lotteryFund(id: "1e3") { id } }',
        undefined,
        'finance-system',
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe('id');
    });
  });

  describe('an audit trail asked from or to something that is not an ISO date', () => {
    it.each(
      DEPARTMENT_NAMES.flatMap((department) =>
        ['May 5', "2026-01-01' OR '1'='1", '2026-02-30'].map((value) => [department, value]),
      ),
    )('is refused by the %s trail: %s', async (department, value) => {
      for (const field of ['from', 'to']) {
        const result = await hub.query<unknown>(
          `query ($value: String) { ${auditTrailOf(department as Department)}(filter: { ${field}: $value }) { total } }`,
          { value },
          'auditor',
        );
        expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
        expect(result.errors![0].extensions!.field).toBe(`filter.${field}`);
      }
    });

    it.each(DEPARTMENT_NAMES)(
      'is answered by the %s trail for a date or an instant with its zone',
      async (department) => {
        for (const value of ['2026-11-01', '2026-11-01T08:30:00Z', '2026-11-01T08:30:00.250+08:00']) {
          const result = await hub.query<{ [trail: string]: { total: number } }>(
            `query ($value: String) { ${auditTrailOf(department)}(filter: { from: $value, to: "2999-01-01" }) { total } }`,
            { value },
            'auditor',
          );
          expect(typeof expectData(result)[auditTrailOf(department)].total).toBe('number');
        }
      },
    );
  });

  describe('a lottery-fund payment to an empty recipient key', () => {
    it.each([
      ['institutionCode', 'recipient.institutionCode'],
      ['elderPersonKey', 'recipient.elderPersonKey'],
      ['caregiverPersonKey', 'recipient.caregiverPersonKey'],
      ['programme', 'recipient.programme'],
    ])('is refused naming %s, and nothing is paid', async (key, field) => {
      const fund = await aLotteryFund(hub).record();
      const allocation = await anAllocationFrom(hub, fund.id).allocate();
      const input = { ...aPaymentFrom(hub, allocation.id).input(), recipient: { [key]: '' } };

      const result = await hub.query<unknown>(DISBURSE, { input }, 'finance-system');

      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
      const paid = await hub.query(DISBURSEMENTS_OF_ALLOCATION, { allocationId: allocation.id }, 'finance-system');
      expect(expectData(paid).lotteryFundDisbursements.total).toBe(0);
    });
  });

  describe('a patient named by an empty ID number beside a person key', () => {
    it('is refused as naming the patient twice, and nothing is recorded', async () => {
      const medicalInstitutionCode = (await aMedicalInstitution(hub).register()).code;
      const personKey = anUnregisteredPersonKey(hub);

      const result = await hub.query<unknown>(
        ADMIT_TO_HOSPITAL,
        { input: { idNumber: '', personKey, medicalInstitutionCode, admittedOn: '2025-01-01' } },
        'health-system',
      );

      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe('idNumber');
      // A second stay overlapping a recorded one would be refused: this admission succeeding shows none was.
      await aHospitalStay(hub, { personKey }).in(medicalInstitutionCode).from('2025-01-01').record();
    });
  });
});
