import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { type As, DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const REGISTER = `mutation($input: RegisterMedicalInstitutionInput!) { registerMedicalInstitution(input: $input) { code } }`;
const newInstitution = (sequence: number) => ({
  code: creditCode(`12371082MB00007${String(sequence).padStart(2, '0')}`),
  name: '荣成市石岛人民医院',
  kind: 'GENERAL_HOSPITAL',
  level: 2,
  isPublic: true,
  areaCode: '371082',
  medicalBeds: 200,
});
const PATIENT_RECORDS = `query($personKey: ID!) { elder(personKey: $personKey) { personKey hospitalStays { admittedOn } homeSickbeds { openedOn } hospiceStays { admittedOn } currentHealthBed { __typename } } }`;

describe.each(DATABASE_TARGETS)('who may read and write health records (%s)', (target) => {
  let hub: TestHub;
  let personKey: string;
  let institutionCode: string;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 400 });
    const elders = await hub.query(`{ elders(page: { limit: 400 }) { items { personKey hospitalStays { id } } } }`);
    expect(elders.errors).toBeUndefined();
    personKey = elders.data!.elders.items.find((elder: any) => elder.hospitalStays.length).personKey;
    institutionCode = (await hub.query(`{ institutions(page: { limit: 1 }) { items { code } } }`)).data!.institutions
      .items[0].code;
  });
  afterAll(() => hub?.stop());

  const total = async () =>
    (await hub.query('{ medicalInstitutions { total } }', {}, 'health-system')).data!.medicalInstitutions
      .total as number;

  it('lets health and its five-bed pilot partners (civil affairs, medical insurance) read an elder’s health beds', async () => {
    for (const as of ['health-system', 'civil-affairs-system', 'medical-insurance-system'] as const) {
      const result = await hub.query(PATIENT_RECORDS, { personKey }, as);
      expect(result.errors).toBeUndefined();
      expect(result.data!.elder.hospitalStays.length).toBeGreaterThan(0);
    }
  });

  it('refuses an elder’s health beds to finance and human resources, who still read medical institutions and agreements', async () => {
    for (const as of ['finance-system', 'human-resources-system'] as const) {
      const refused = await hub.query(
        `query($personKey: ID!) { elder(personKey: $personKey) { personKey hospitalStays { admittedOn } } }`,
        { personKey },
        as,
      );
      expect(errorCodes(refused)).toContain('FORBIDDEN');
      expect(JSON.stringify(refused.data ?? {})).not.toContain('admittedOn');
      const shared = await hub.query(
        `query($code: ID!) { medicalInstitutions(page: { limit: 3 }) { items { name bedCounts { kind occupied } } } institution(code: $code) { medicalCareIntegrated cooperationAgreements { services } } }`,
        { code: institutionCode },
        as,
      );
      expect(shared.errors).toBeUndefined();
    }
  });

  it('gives analysts and developers the public records and area figures but no patient, not even straight from the subgraph', async () => {
    for (const as of ['analyst', 'developer'] as const) {
      const figures = await hub.query(
        `{ areas(level: DISTRICT) { code hospiceProviderCount internetNursingCoverage { shareBasisPoints } healthBedCounts { kind capacity occupied } } medicalInstitutions { total } }`,
        {},
        as,
      );
      expect(figures.errors).toBeUndefined();
      expect(figures.data!.areas).toHaveLength(8);
    }
    const direct = await hub.querySubgraph(
      'health',
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Elder { hospitalStays { admittedOn } } } }`,
      { reps: [{ __typename: 'Elder', personKey }] },
      'analyst',
    );
    expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(direct.data ?? {})).not.toContain('admittedOn');
  });

  it('lets only health’s own system with the write scope write, refusing everyone else with FORBIDDEN and writing nothing', async () => {
    const before = await total();
    const admit = `mutation($input: AdmitToHospitalInput!) { admitToHospital(input: $input) { id } }`;
    for (const as of [
      'civil-affairs-system',
      'medical-insurance-system',
      'finance-system',
      'human-resources-system',
      'analyst',
      'auditor',
      'developer',
    ] as const satisfies readonly As[]) {
      const refused = await hub.query(REGISTER, { input: newInstitution(1) }, as);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors![0].message).toBe('not permitted for this caller');
      expect(
        errorCodes(
          await hub.query(
            admit,
            { input: { personKey, medicalInstitutionCode: newInstitution(1).code, admittedOn: '2026-01-01' } },
            as,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    const reader = await hub.mint({
      sub: 'health-reader',
      role: 'department-system',
      department: 'health',
      scope: 'personal-data',
    });
    expect(
      errorCodes(
        await hub.queryWithHeaders({ authorization: `Bearer ${reader}` }, REGISTER, { input: newInstitution(2) }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await total()).toBe(before);
    expect((await hub.query(REGISTER, { input: newInstitution(3) }, 'health-system')).errors).toBeUndefined();
    expect(await total()).toBe(before + 1);
  });

  it('leaves an audit entry in health’s own trail when another department reads an elder’s health beds, and when health writes', async () => {
    await hub.query(PATIENT_RECORDS, { personKey }, 'medical-insurance-system');
    const trail = await hub.query(
      `query($personKey: ID!) { healthAuditTrail(filter: { personKey: $personKey }) { items { callerId kind fields } } healthAuditVerification { valid } }`,
      { personKey },
      'auditor',
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.healthAuditVerification.valid).toBe(true);
    expect(trail.data!.healthAuditTrail.items.map((item: any) => item.callerId)).toEqual(
      expect.arrayContaining(['medical-insurance-system', 'civil-affairs-system', 'health-system']),
    );
    const writes = await hub.query(
      `{ healthAuditTrail(filter: { callerId: "health-system" }) { items { kind } } }`,
      {},
      'auditor',
    );
    expect(writes.data!.healthAuditTrail.items.map((item: any) => item.kind)).toContain('WRITE');
    expect(errorCodes(await hub.query(`{ healthAuditTrail { total } }`, {}, 'health-system'))).toContain('FORBIDDEN');
  });
});
