import { anElder, anInstitution } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { aHospitalStay, aMedicalInstitution } from '../../support/builders/health';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import {
  type As,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const REGISTER = graphql(`
  mutation HealthAccessRegisterMedicalInstitution($input: RegisterMedicalInstitutionInput!) {
    registerMedicalInstitution(input: $input) {
      code
    }
  }
`);
const ADMIT = graphql(`
  mutation HealthAccessAdmitToHospital($input: AdmitToHospitalInput!) {
    admitToHospital(input: $input) {
      id
    }
  }
`);
const MEDICAL_INSTITUTION_TOTAL = graphql(`
  query HealthAccessMedicalInstitutionTotal {
    medicalInstitutions {
      total
    }
  }
`);
const PATIENT_RECORDS = graphql(`
  query HealthAccessPatientRecords($personKey: ID!) {
    elder(personKey: $personKey) {
      personKey
      hospitalStays {
        admittedOn
      }
      homeSickbeds {
        openedOn
      }
      hospiceStays {
        admittedOn
      }
      currentHealthBed {
        __typename
      }
    }
  }
`);
const HOSPITAL_STAYS = graphql(`
  query HealthAccessHospitalStays($personKey: ID!) {
    elder(personKey: $personKey) {
      personKey
      hospitalStays {
        admittedOn
      }
    }
  }
`);
const SHARED_RECORDS = graphql(`
  query HealthAccessSharedRecords($code: ID!) {
    medicalInstitutions(page: { limit: 3 }) {
      items {
        name
        bedCounts {
          kind
          occupied
        }
      }
    }
    institution(code: $code) {
      medicalCareIntegrated
      cooperationAgreements {
        services
      }
    }
  }
`);
const AREA_FIGURES = graphql(`
  query HealthAccessAreaFigures {
    areas(level: DISTRICT) {
      code
      hospiceProviderCount
      internetNursingCoverage {
        shareBasisPoints
      }
      healthBedCounts {
        kind
        capacity
        occupied
      }
    }
    medicalInstitutions {
      total
    }
  }
`);
const AUDIT_TRAIL = graphql(`
  query HealthAccessAuditTrail($personKey: ID!) {
    healthAuditTrail(filter: { personKey: $personKey }) {
      items {
        callerId
        kind
        fields
      }
    }
    healthAuditVerification {
      valid
    }
  }
`);
const AUDIT_ENTRIES_OF = graphql(`
  query HealthAccessAuditEntriesOf($callerId: String!, $from: String!) {
    healthAuditTrail(filter: { callerId: $callerId, from: $from }) {
      items {
        kind
      }
    }
  }
`);
const AUDIT_TOTAL = graphql(`
  query HealthAccessAuditTotal {
    healthAuditTrail {
      total
    }
  }
`);

/** Straight to health's subgraph, past the gateway: a plain string with its result typed here. */
const HOSPITAL_STAYS_OF_ENTITY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Elder { hospitalStays { admittedOn } } } }`;

// The worker's blank hub: every test builds its own elder, hospital and institution, and compares
// the medical-institution total only before and after its own writes.
describe.each(DATABASE_TARGETS)('who may read and write health records (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  /** An elder registered by civil affairs with a hospital stay recorded by health. */
  async function aPatient(): Promise<string> {
    const { personKey } = await anElder(hub).named('于秀英').bornOn('1944-03-21').register();
    const { code } = await aMedicalInstitution(hub).named('荣成市人民医院').inArea('371082').register();
    await aHospitalStay(hub, { personKey }).in(code).from('2025-10-02').discharged('2025-10-09', 'HOME').record();
    return personKey;
  }

  const newInstitution = () => ({
    code: uniqueCreditCode(hub, { areaCode: '371082', kind: '12' }),
    name: '荣成市石岛人民医院',
    kind: 'GENERAL_HOSPITAL' as const,
    level: 2,
    isPublic: true,
    areaCode: '371082',
    medicalBeds: 200,
  });
  const total = async () =>
    expectData(await hub.query(MEDICAL_INSTITUTION_TOTAL, {}, 'health-system')).medicalInstitutions.total;

  it('lets health and its five-bed pilot partners (civil affairs, medical insurance) read an elder’s health beds', async () => {
    const personKey = await aPatient();
    for (const as of ['health-system', 'civil-affairs-system', 'medical-insurance-system'] as const) {
      const { elder } = expectData(await hub.query(PATIENT_RECORDS, { personKey }, as));
      expect(elder?.hospitalStays?.length).toBeGreaterThan(0);
    }
  });

  it('refuses an elder’s health beds to finance and human resources, who still read medical institutions and agreements', async () => {
    const personKey = await aPatient();
    const { code } = await anInstitution(hub).inArea('371082').register();
    for (const as of ['finance-system', 'human-resources-system'] as const) {
      const refused = await hub.query(HOSPITAL_STAYS, { personKey }, as);
      expect(errorCodes(refused)).toContain('FORBIDDEN');
      expect(JSON.stringify(refused.data ?? {})).not.toContain('admittedOn');
      expectData(await hub.query(SHARED_RECORDS, { code }, as));
    }
  });

  it('gives analysts and developers the public records and area figures but no patient, not even straight from the subgraph', async () => {
    const personKey = await aPatient();
    for (const as of ['analyst', 'developer'] as const) {
      expect(expectData(await hub.query(AREA_FIGURES, {}, as)).areas).toHaveLength(8);
    }
    const direct = await hub.querySubgraph<{ _entities: Array<{ hospitalStays?: unknown } | null> }>(
      'health',
      HOSPITAL_STAYS_OF_ENTITY,
      { reps: [{ __typename: 'Elder', personKey }] },
      'analyst',
    );
    expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(direct.data ?? {})).not.toContain('admittedOn');
  });

  it('lets only health’s own system with the write scope write, refusing everyone else with FORBIDDEN and writing nothing', async () => {
    const personKey = await aPatient();
    const before = await total();
    const unregistered = newInstitution();
    for (const as of [
      'civil-affairs-system',
      'medical-insurance-system',
      'finance-system',
      'human-resources-system',
      'analyst',
      'auditor',
      'developer',
    ] as const satisfies readonly As[]) {
      const refused = await hub.query(REGISTER, { input: unregistered }, as);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors![0].message).toBe('not permitted for this caller');
      const admission = { personKey, medicalInstitutionCode: unregistered.code, admittedOn: '2026-01-01' };
      expect(errorCodes(await hub.query(ADMIT, { input: admission }, as))).toEqual(['FORBIDDEN']);
    }
    const reader = await hub.mint({
      sub: 'health-reader',
      role: 'department-system',
      department: 'health',
      scope: 'personal-data',
    });
    expect(
      errorCodes(
        await hub.queryWithHeaders({ authorization: `Bearer ${reader}` }, REGISTER.toString(), {
          input: newInstitution(),
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await total()).toBe(before);
    expectData(await hub.query(REGISTER, { input: newInstitution() }, 'health-system'));
    expect(await total()).toBe(before + 1);
  });

  it('leaves an audit entry in health’s own trail when another department reads an elder’s health beds, and when health writes', async () => {
    const from = new Date().toISOString();
    const personKey = await aPatient(); // health's system writes: a medical institution and a hospital stay
    for (const as of ['health-system', 'civil-affairs-system', 'medical-insurance-system'] as const)
      expectData(await hub.query(PATIENT_RECORDS, { personKey }, as));
    const trail = expectData(await hub.query(AUDIT_TRAIL, { personKey }, 'auditor'));
    expect(trail.healthAuditVerification.valid).toBe(true);
    expect(trail.healthAuditTrail.items.map((item) => item.callerId)).toEqual(
      expect.arrayContaining(['medical-insurance-system', 'civil-affairs-system', 'health-system']),
    );
    const writes = expectData(await hub.query(AUDIT_ENTRIES_OF, { callerId: 'health-system', from }, 'auditor'));
    expect(writes.healthAuditTrail.items.map((item) => item.kind)).toContain('WRITE');
    expect(errorCodes(await hub.query(AUDIT_TOTAL, {}, 'health-system'))).toContain('FORBIDDEN');
  });
});
