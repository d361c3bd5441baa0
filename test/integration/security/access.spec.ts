import { idNumber } from '../../support/builders/identifiers';
import { type As, DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const REGISTER = `mutation($elder: RegisterElderInput!) { registerElder(input: $elder) { personKey } }`;
const newElder = (sequence: number) => ({
  idNumber: idNumber('371082', '1944-08-08', sequence),
  name: '曲淑琴',
  areaCode: '371082',
  livingSituation: 'EMPTY_NEST',
  economicStatus: 'ORDINARY',
});

describe.each(DATABASE_TARGETS)('who may read and write civil affairs (%s)', (target) => {
  let hub: TestHub;
  let personKey: string;
  let idNo: string;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 300 });
    const elder = (
      await hub.query('{ elders(page: { limit: 1 }, filter: { minAge: 60 }) { items { personKey idNumber } } }')
    ).data!.elders.items[0];
    personKey = elder.personKey;
    idNo = elder.idNumber;
  });
  afterAll(() => hub?.stop());

  const read = (query: string, as: As) => hub.query(query, { personKey }, as);
  const totalElders = async () =>
    (await hub.query('{ elders(filter: { includeDeceased: true }) { total } }')).data!.elders.total as number;

  it('lets civil affairs’ own system read everything it keeps and write it', async () => {
    const result = await read(
      'query($personKey: ID!) { elder(personKey: $personKey) { name economicStatus assessments { level } allowances(year: 2026) { amountFen } visits { visitedOn } waitlistEntries { status } } }',
      'civil-affairs-system',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.elder.name).toMatch(/^\p{Script=Han}+$/u);
    const written = await hub.query(REGISTER, { elder: newElder(31) }, 'civil-affairs-system');
    expect(written.errors).toBeUndefined();
  });

  it('lets health read an elder’s profile and ability assessments, but not allowances or casework', async () => {
    const allowed = await read(
      'query($personKey: ID!) { elder(personKey: $personKey) { personKey age economicStatus latestAssessment { level } currentInstitutionStay { admittedOn } } }',
      'health-system',
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.elder.personKey).toBe(personKey);
    for (const field of [
      'allowances(year: 2026) { amountFen }',
      'visits { visitedOn }',
      'waitlistEntries { status }',
    ]) {
      const refused = await read(
        `query($personKey: ID!) { elder(personKey: $personKey) { personKey ${field} } }`,
        'health-system',
      );
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    }
  });

  it('lets finance read institutions and an elder’s allowances, but no assessments or care records', async () => {
    expect(
      (
        await read(
          '{ institutions(page: { limit: 3 }) { items { name rating bedCounts { kind capacity } } } }',
          'finance-system',
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await read(
          'query($personKey: ID!) { elder(personKey: $personKey) { age allowances(year: 2026) { kind } } }',
          'finance-system',
        )
      ).errors,
    ).toBeUndefined();
    for (const field of ['assessments { level }', 'currentInstitutionStay { admittedOn }', 'economicStatus']) {
      expect(
        errorCodes(
          await read(`query($personKey: ID!) { elder(personKey: $personKey) { ${field} } }`, 'finance-system'),
        ),
      ).toEqual(['FORBIDDEN']);
    }
  });

  it('lets an analyst read areas, institutions and counts, but no person', async () => {
    const aggregates = await hub.query(
      '{ areas(level: DISTRICT) { code facilityCounts { kind count } } institutions(page: { limit: 5 }) { total items { bedCounts { kind capacity occupied } currentCareAssignmentCount } } currentFamilyBedCount(areaCode: "371000") }',
      {},
      'analyst',
    );
    expect(aggregates.errors).toBeUndefined();
    expect(aggregates.data!.areas).toHaveLength(8);
    for (const query of [
      `{ elders { total } }`,
      `{ elderByIdNumber(idNumber: "${idNo}") { age } }`,
      '{ institutions(page: { limit: 1 }) { items { waitlist { position } } } }',
      '{ familyBeds { total } }',
    ]) {
      const refused = await hub.query(query, {}, 'analyst');
      expect(errorCodes(refused)).toContain('FORBIDDEN');
      expect(JSON.stringify(refused.data ?? {})).not.toMatch(/[0-9a-f]{32}/);
    }
  });

  it('refuses other departments’ and other roles’ writes with FORBIDDEN, naming nothing, and writes nothing', async () => {
    const before = await totalElders();
    for (const as of ['health-system', 'finance-system', 'analyst', 'auditor', 'developer'] as const) {
      const refused = await hub.query(REGISTER, { elder: newElder(33) }, as);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors![0].message).toBe('not permitted for this caller');
    }
    const withoutWriteScope = await hub.mint({
      sub: 'civil-affairs-reader',
      role: 'department-system',
      department: 'civil-affairs',
      scope: 'personal-data',
    });
    expect(
      errorCodes(
        await hub.queryWithHeaders({ authorization: `Bearer ${withoutWriteScope}` }, REGISTER, { elder: newElder(35) }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await totalElders()).toBe(before);
  });

  it('lets only auditors read the audit trail', async () => {
    const query = '{ civilAffairsAuditTrail(page: { limit: 1 }) { total } civilAffairsAuditVerification { valid } }';
    expect((await hub.query(query, {}, 'auditor')).errors).toBeUndefined();
    for (const as of ['civil-affairs-system', 'analyst', 'developer'] as const)
      expect(errorCodes(await hub.query(query, {}, as))).toContain('FORBIDDEN');
  });
});
