import { graphql } from '../../support/graphql';
import { anAssessmentOf, anElder, anInstitution } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { uniqueIdNumber } from '../../support/builders/identifiers';
import type { RegisterElderInput } from '../../support/graphql/graphql';
import {
  type As,
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const REGISTER = graphql(`
  mutation AccessRegisterElder($elder: RegisterElderInput!) {
    registerElder(input: $elder) {
      personKey
    }
  }
`);

const ELDER_BY_ID_NUMBER = graphql(`
  query AccessElderByIdNumber($idNumber: String!) {
    elderByIdNumber(idNumber: $idNumber) {
      personKey
    }
  }
`);

const ALL_ELDERS = graphql(`
  query AccessElderTotal {
    elders(filter: { includeDeceased: true }) {
      total
    }
  }
`);

const ELDER_AS_CIVIL_AFFAIRS = graphql(`
  query AccessElderAsCivilAffairs($personKey: ID!) {
    elder(personKey: $personKey) {
      name
      economicStatus
      assessments {
        level
      }
      allowances(year: 2026) {
        amountFen
      }
      visits {
        visitedOn
      }
      waitlistEntries {
        status
      }
    }
  }
`);

const ELDER_AS_HEALTH = graphql(`
  query AccessElderAsHealth($personKey: ID!) {
    elder(personKey: $personKey) {
      personKey
      age
      economicStatus
      latestAssessment {
        level
      }
      currentInstitutionStay {
        admittedOn
      }
    }
  }
`);

const INSTITUTIONS_AS_FINANCE = graphql(`
  query AccessInstitutionsAsFinance {
    institutions(page: { limit: 3 }) {
      items {
        name
        rating
        bedCounts {
          kind
          capacity
        }
      }
    }
  }
`);

const ALLOWANCES_AS_FINANCE = graphql(`
  query AccessElderAllowancesAsFinance($personKey: ID!) {
    elder(personKey: $personKey) {
      age
      allowances(year: 2026) {
        kind
      }
    }
  }
`);

const AGGREGATES = graphql(`
  query AccessAggregatesAsAnalyst {
    areas(level: DISTRICT) {
      code
      facilityCounts {
        kind
        count
      }
    }
    institutions(page: { limit: 5 }) {
      total
      items {
        bedCounts {
          kind
          capacity
          occupied
        }
        currentCareAssignmentCount
      }
    }
    currentFamilyBedCount(areaCode: "371000")
  }
`);

const AUDIT_TRAIL = graphql(`
  query AccessAuditTrail {
    civilAffairsAuditTrail(page: { limit: 1 }) {
      total
    }
    civilAffairsAuditVerification {
      valid
    }
  }
`);

/**
 * One field of an elder, asked as a caller who may not read it: built per field, so plain strings.
 * The result type says what would come back if the caller were allowed.
 */
const elderField = (field: string) =>
  `query AccessOneElderField($personKey: ID!) { elder(personKey: $personKey) { personKey ${field} } }`;

describe.each(DATABASE_TARGETS)('who may read and write civil affairs (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Writes elders and asserts only on those it wrote: the worker's blank hub.
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  /** An elder of this test's own, with an assessment, for callers to read. */
  const anElderToRead = async () => {
    const elder = await anElder(hub)
      .named('曲淑琴')
      .withIdFrom('371082')
      .bornOn('1944-08-08')
      .livingIn('371082')
      .register();
    await anAssessmentOf(hub, elder.personKey).at('MODERATE_DISABILITY').on('2024-06-01').record();
    return elder;
  };
  /** A registration no one has sent yet, under a fresh ID number. */
  const newElder = (): RegisterElderInput => ({
    idNumber: uniqueIdNumber(hub, { addressCode: '371082', birthDate: '1944-08-08' }),
    name: '曲淑琴',
    areaCode: '371082',
    livingSituation: 'EMPTY_NEST',
    economicStatus: 'ORDINARY',
  });
  const readField = (personKey: string, field: string, as: As) =>
    hub.query<{ elder: Record<string, unknown> | null }>(elderField(field), { personKey }, as);

  it('lets civil affairs’ own system read everything it keeps and write it', async () => {
    const { personKey } = await anElderToRead();
    const result = await hub.query(ELDER_AS_CIVIL_AFFAIRS, { personKey }, 'civil-affairs-system');
    expect(expectData(result).elder).toMatchObject({ name: '曲淑琴', assessments: [{ level: 'MODERATE_DISABILITY' }] });
    const elder = newElder();
    const written = expectData(await hub.query(REGISTER, { elder }, 'civil-affairs-system')).registerElder;
    expect(expectData(await hub.query(ELDER_BY_ID_NUMBER, { idNumber: elder.idNumber })).elderByIdNumber).toEqual(
      written,
    );
  });

  it('lets health read an elder’s profile and ability assessments, but not allowances or casework', async () => {
    const { personKey } = await anElderToRead();
    const allowed = await hub.query(ELDER_AS_HEALTH, { personKey }, 'health-system');
    expect(expectData(allowed).elder).toMatchObject({ personKey, latestAssessment: { level: 'MODERATE_DISABILITY' } });
    for (const field of [
      'allowances(year: 2026) { amountFen }',
      'visits { visitedOn }',
      'waitlistEntries { status }',
    ]) {
      expect([field, errorCodes(await readField(personKey, field, 'health-system'))]).toEqual([field, ['FORBIDDEN']]);
    }
  });

  it('lets finance read institutions and an elder’s allowances, but no assessments or care records', async () => {
    await anInstitution(hub).with({ rating: 3 }).register();
    const { personKey } = await anElderToRead();
    expect(expectData(await hub.query(INSTITUTIONS_AS_FINANCE, {}, 'finance-system')).institutions.items).not.toEqual(
      [],
    );
    expectData(await hub.query(ALLOWANCES_AS_FINANCE, { personKey }, 'finance-system'));
    for (const field of ['assessments { level }', 'currentInstitutionStay { admittedOn }', 'economicStatus']) {
      expect([field, errorCodes(await readField(personKey, field, 'finance-system'))]).toEqual([field, ['FORBIDDEN']]);
    }
  });

  it('lets an analyst read areas, institutions and counts, but no person', async () => {
    // Some institution and person exist for the refused reads to withhold.
    await anInstitution(hub).register();
    const { idNumber } = await anElderToRead();
    const aggregates = expectData(await hub.query(AGGREGATES, {}, 'analyst'));
    expect(aggregates.areas).toHaveLength(8);
    expect(aggregates.institutions.total).toBeGreaterThan(0);
    for (const query of [
      `{ elders { total } }`,
      `{ elderByIdNumber(idNumber: "${idNumber}") { age } }`,
      '{ institutions(page: { limit: 1 }) { items { waitlist { position } } } }',
      '{ familyBeds { total } }',
    ]) {
      const refused: GraphQLResult<unknown> = await hub.query<unknown>(query, {}, 'analyst');
      expect([query, errorCodes(refused)]).toEqual([query, expect.arrayContaining(['FORBIDDEN'])]);
      expect(JSON.stringify(refused.data ?? {})).not.toMatch(/[0-9a-f]{32}/);
    }
  });

  it('refuses other departments’ and other roles’ writes with FORBIDDEN, naming nothing, and writes nothing', async () => {
    const totalElders = async () => expectData(await hub.query(ALL_ELDERS)).elders.total;
    const before = await totalElders();
    const refusedElders: RegisterElderInput[] = [];
    for (const as of ['health-system', 'finance-system', 'analyst', 'auditor', 'developer'] as const) {
      const elder = newElder();
      refusedElders.push(elder);
      const refused = await hub.query(REGISTER, { elder }, as);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors![0].message).toBe('not permitted for this caller');
    }
    const withoutWriteScope = await hub.mint({
      sub: 'civil-affairs-reader',
      role: 'department-system',
      department: 'civil-affairs',
      scope: 'personal-data',
    });
    const elder = newElder();
    refusedElders.push(elder);
    expect(
      errorCodes(
        await hub.queryWithHeaders({ authorization: `Bearer ${withoutWriteScope}` }, REGISTER.toString(), { elder }),
      ),
    ).toEqual(['FORBIDDEN']);
    for (const { idNumber } of refusedElders)
      expect(expectData(await hub.query(ELDER_BY_ID_NUMBER, { idNumber })).elderByIdNumber).toBeNull();
    // Nothing else was written either (no other file uses this worker's hub while this test runs).
    expect(await totalElders()).toBe(before);
  });

  it('lets only auditors read the audit trail', async () => {
    expectData(await hub.query(AUDIT_TRAIL, {}, 'auditor'));
    for (const as of ['civil-affairs-system', 'analyst', 'developer'] as const)
      expect(errorCodes(await hub.query(AUDIT_TRAIL, {}, as))).toContain('FORBIDDEN');
  });
});
