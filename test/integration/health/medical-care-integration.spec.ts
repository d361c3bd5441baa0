import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const CARE_HOME = creditCode('52371083MB0000501');
const OTHER_CARE_HOME = creditCode('12371083MB0000502');
const HOSPITAL = creditCode('12371083MB0000511');
const CENTRE = creditCode('12371083MB0000512');
const UNKNOWN = creditCode('12371083MB0000599');

const SIGN = `mutation($input: SignCooperationAgreementInput!) { signCooperationAgreement(input: $input) { id validFrom validTo inForce ended services medicalInstitution { name } } }`;
const END = `mutation($input: EndCooperationAgreementInput!) { endCooperationAgreement(input: $input) { endedOn inForce ended } }`;
const FILE = `mutation($input: FileInsideClinicInput!) { fileInsideClinic(input: $input) { id name kind filedOn } }`;
const CLOSE = `mutation($input: CloseInsideClinicInput!) { closeInsideClinic(input: $input) { closedOn } }`;

const INSTITUTION = `query($code: ID!) {
  institution(code: $code) {
    name rating medicalCareIntegrated
    cooperationAgreements { validFrom services inForce medicalInstitution { name kind } }
    insideClinic { name kind filingNumber }
  }
}`;

describe.each(DATABASE_TARGETS)('medical-elder-care integration (%s)', (target) => {
  let hub: TestHub;
  const ids: Record<string, string> = {};
  const asHealth = (query: string, variables?: Record<string, unknown>) => hub.query(query, variables, 'health-system');
  const institution = async (code: string) => {
    const result = await hub.query(INSTITUTION, { code }, 'civil-affairs-system');
    expect(result.errors).toBeUndefined();
    return result.data!.institution;
  };

  beforeAll(async () => {
    hub = await startTestHub(target);
    const homes = await hub.query(
      `mutation($a: RegisterInstitutionInput!, $b: RegisterInstitutionInput!) { a: registerInstitution(input: $a) { code } b: registerInstitution(input: $b) { code } }`,
      {
        a: {
          code: CARE_HOME,
          name: '乳山市福如东海颐养院',
          areaCode: '371083100',
          ownership: 'PRIVATE',
          openedOn: '2015-06-01',
          rating: 4,
        },
        b: {
          code: OTHER_CARE_HOME,
          name: '乳山市敬老院',
          areaCode: '371083',
          ownership: 'PUBLIC',
          openedOn: '2010-01-01',
        },
      },
    );
    expect(homes.errors).toBeUndefined();
    const medical = await asHealth(
      `mutation($a: RegisterMedicalInstitutionInput!, $b: RegisterMedicalInstitutionInput!) { a: registerMedicalInstitution(input: $a) { code } b: registerMedicalInstitution(input: $b) { code } }`,
      {
        a: {
          code: HOSPITAL,
          name: '乳山市人民医院',
          kind: 'GENERAL_HOSPITAL',
          level: 2,
          isPublic: true,
          areaCode: '371083',
          medicalBeds: 500,
        },
        b: {
          code: CENTRE,
          name: '乳山市城区社区卫生服务中心',
          kind: 'COMMUNITY_HEALTH_CENTRE',
          level: 1,
          isPublic: true,
          areaCode: '371083100',
          medicalBeds: 20,
        },
      },
    );
    expect(medical.errors).toBeUndefined();
  });
  afterAll(() => hub?.stop());

  it('shows an institution as not integrated until an agreement is signed, then its rating and agreements in one request', async () => {
    expect(await institution(CARE_HOME)).toMatchObject({
      rating: 4,
      medicalCareIntegrated: false,
      cooperationAgreements: [],
      insideClinic: null,
    });
    const signed = await asHealth(SIGN, {
      input: {
        medicalInstitutionCode: HOSPITAL,
        institutionCode: CARE_HOME,
        services: ['REGULAR_ROUNDS', 'EMERGENCY_GREEN_CHANNEL'],
        validFrom: '2024-01-01',
        validTo: '2035-12-31',
      },
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.signCooperationAgreement).toMatchObject({
      inForce: true,
      ended: false,
      medicalInstitution: { name: '乳山市人民医院' },
    });
    ids.agreement = signed.data!.signCooperationAgreement.id;

    expect(await institution(CARE_HOME)).toEqual({
      name: '乳山市福如东海颐养院',
      rating: 4,
      medicalCareIntegrated: true,
      cooperationAgreements: [
        {
          validFrom: '2024-01-01',
          services: ['REGULAR_ROUNDS', 'EMERGENCY_GREEN_CHANNEL'],
          inForce: true,
          medicalInstitution: { name: '乳山市人民医院', kind: 'GENERAL_HOSPITAL' },
        },
      ],
      insideClinic: null,
    });
  });

  it('refuses an overlapping agreement of the same pair (CONFLICT), an unknown medical institution, a term ending before it begins or no services (BAD_USER_INPUT)', async () => {
    const overlapping = await asHealth(SIGN, {
      input: {
        medicalInstitutionCode: HOSPITAL,
        institutionCode: CARE_HOME,
        services: ['TCM'],
        validFrom: '2026-06-01',
      },
    });
    expect(errorCodes(overlapping)).toEqual(['CONFLICT']);
    expect(overlapping.errors![0].extensions!.field).toBe('institutionCode');
    const cases = [
      {
        input: {
          medicalInstitutionCode: UNKNOWN,
          institutionCode: CARE_HOME,
          services: ['TCM'],
          validFrom: '2024-01-01',
        },
        field: 'medicalInstitutionCode',
      },
      {
        input: {
          medicalInstitutionCode: CENTRE,
          institutionCode: CARE_HOME,
          services: ['TCM'],
          validFrom: '2024-01-01',
          validTo: '2023-12-31',
        },
        field: 'validTo',
      },
      {
        input: { medicalInstitutionCode: CENTRE, institutionCode: CARE_HOME, services: [], validFrom: '2024-01-01' },
        field: 'services',
      },
      {
        input: { medicalInstitutionCode: CENTRE, institutionCode: 'ABC', services: ['TCM'], validFrom: '2024-01-01' },
        field: 'institutionCode',
      },
    ];
    for (const { input, field } of cases) {
      const result = await asHealth(SIGN, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect((await institution(CARE_HOME)).cooperationAgreements).toHaveLength(1);
  });

  it('ends an agreement, after which the institution is no longer integrated and the agreement shows only among ended ones', async () => {
    const beforeStart = await asHealth(END, { input: { agreementId: ids.agreement, endedOn: '2023-06-01' } });
    expect(errorCodes(beforeStart)).toEqual(['BAD_USER_INPUT']);
    expect(beforeStart.errors![0].extensions!.field).toBe('endedOn');
    const ended = await asHealth(END, { input: { agreementId: ids.agreement, endedOn: '2025-01-31' } });
    expect(ended.data!.endCooperationAgreement).toEqual({ endedOn: '2025-01-31', inForce: false, ended: true });
    expect(errorCodes(await asHealth(END, { input: { agreementId: ids.agreement, endedOn: '2025-02-01' } }))).toEqual([
      'CONFLICT',
    ]);
    expect(errorCodes(await asHealth(END, { input: { agreementId: 999999, endedOn: '2025-02-01' } }))).toEqual([
      'NOT_FOUND',
    ]);

    const after = await hub.query(
      `query($code: ID!) { institution(code: $code) { medicalCareIntegrated cooperationAgreements { id } all: cooperationAgreements(includeEnded: true) { endedOn } } }`,
      { code: CARE_HOME },
    );
    expect(after.data!.institution).toEqual({
      medicalCareIntegrated: false,
      cooperationAgreements: [],
      all: [{ endedOn: '2025-01-31' }],
    });
    // A new agreement of the same pair may start the day after.
    expect(
      (
        await asHealth(SIGN, {
          input: {
            medicalInstitutionCode: HOSPITAL,
            institutionCode: OTHER_CARE_HOME,
            services: ['REFERRAL'],
            validFrom: '2025-02-01',
          },
        })
      ).errors,
    ).toBeUndefined();
  });

  it('files a clinic inside an institution, which makes it integrated, and refuses a second one or a reused filing number', async () => {
    const filed = await asHealth(FILE, {
      input: {
        institutionCode: CARE_HOME,
        name: '福如东海颐养院医务室',
        kind: 'INFIRMARY',
        filingNumber: '威卫医养备2025001',
        filedOn: '2025-02-15',
      },
    });
    expect(filed.errors).toBeUndefined();
    const second = await asHealth(FILE, {
      input: {
        institutionCode: CARE_HOME,
        name: '第二医务室',
        kind: 'NURSING_STATION',
        filingNumber: '威卫医养备2025002',
        filedOn: '2025-03-01',
      },
    });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0].extensions!.field).toBe('institutionCode');
    const reused = await asHealth(FILE, {
      input: {
        institutionCode: OTHER_CARE_HOME,
        name: '敬老院医务室',
        kind: 'INFIRMARY',
        filingNumber: '威卫医养备2025001',
        filedOn: '2025-03-01',
      },
    });
    expect(errorCodes(reused)).toEqual(['CONFLICT']);
    expect(reused.errors![0].extensions!.field).toBe('filingNumber');

    expect(await institution(CARE_HOME)).toMatchObject({
      medicalCareIntegrated: true,
      insideClinic: { name: '福如东海颐养院医务室', kind: 'INFIRMARY', filingNumber: '威卫医养备2025001' },
    });
    const closed = await asHealth(CLOSE, {
      input: { clinicId: filed.data!.fileInsideClinic.id, closedOn: '2025-12-31' },
    });
    expect(closed.errors).toBeUndefined();
    expect(await institution(CARE_HOME)).toMatchObject({ medicalCareIntegrated: false, insideClinic: null });
  });
});
