import { anInstitution } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { aMedicalInstitution, anAgreement, uniqueFilingNumber } from '../../support/builders/health';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type { SignCooperationAgreementInput } from '../../support/graphql/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const SIGN = graphql(`
  mutation MedicalCareIntegrationSign($input: SignCooperationAgreementInput!) {
    signCooperationAgreement(input: $input) {
      id
      validFrom
      validTo
      inForce
      ended
      services
      medicalInstitution {
        name
      }
    }
  }
`);
const END = graphql(`
  mutation MedicalCareIntegrationEnd($input: EndCooperationAgreementInput!) {
    endCooperationAgreement(input: $input) {
      endedOn
      inForce
      ended
    }
  }
`);
const FILE = graphql(`
  mutation MedicalCareIntegrationFileClinic($input: FileInsideClinicInput!) {
    fileInsideClinic(input: $input) {
      id
      name
      kind
      filedOn
    }
  }
`);
const CLOSE = graphql(`
  mutation MedicalCareIntegrationCloseClinic($input: CloseInsideClinicInput!) {
    closeInsideClinic(input: $input) {
      closedOn
    }
  }
`);
const INSTITUTION = graphql(`
  query MedicalCareIntegrationInstitution($code: ID!) {
    institution(code: $code) {
      name
      rating
      medicalCareIntegrated
      cooperationAgreements {
        validFrom
        services
        inForce
        medicalInstitution {
          name
          kind
        }
      }
      insideClinic {
        name
        kind
        filingNumber
      }
    }
  }
`);
const AGREEMENTS_WITH_ENDED = graphql(`
  query MedicalCareIntegrationAgreementsWithEnded($code: ID!) {
    institution(code: $code) {
      medicalCareIntegrated
      cooperationAgreements {
        id
      }
      all: cooperationAgreements(includeEnded: true) {
        endedOn
      }
    }
  }
`);

// The worker's blank hub: each test registers its own care homes and medical institutions under fresh
// credit codes and asserts only on them.
describe.each(DATABASE_TARGETS)('medical-elder-care integration (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const HEALTH = 'health-system' as const;
  const institution = async (code: string) => {
    const result = expectData(await hub.query(INSTITUTION, { code }, 'civil-affairs-system')).institution;
    expect(result).not.toBeNull();
    return result!;
  };
  const sign = (input: SignCooperationAgreementInput) => hub.query(SIGN, { input }, HEALTH);

  /** Two care homes of 乳山 (civil affairs') and two medical institutions that may sign with them (health's). */
  async function aPilotTown() {
    const [careHome, otherCareHome, hospital, centre] = await Promise.all([
      anInstitution(hub)
        .named('乳山市福如东海颐养院')
        .inArea('371083100')
        .openedOn('2015-06-01')
        .with({ rating: 4 })
        .register(),
      anInstitution(hub).named('乳山市敬老院').inArea('371083').public().openedOn('2010-01-01').register(),
      aMedicalInstitution(hub).named('乳山市人民医院').inArea('371083').withMedicalBeds(500).register(),
      aMedicalInstitution(hub)
        .named('乳山市城区社区卫生服务中心')
        .ofKind('COMMUNITY_HEALTH_CENTRE', 1)
        .inArea('371083100')
        .withMedicalBeds(20)
        .register(),
    ]);
    return {
      CARE_HOME: careHome.code,
      OTHER_CARE_HOME: otherCareHome.code,
      HOSPITAL: hospital.code,
      CENTRE: centre.code,
    };
  }

  it('shows an institution as not integrated until an agreement is signed, then its rating and agreements in one request', async () => {
    const { CARE_HOME, HOSPITAL } = await aPilotTown();
    expect(await institution(CARE_HOME)).toMatchObject({
      rating: 4,
      medicalCareIntegrated: false,
      cooperationAgreements: [],
      insideClinic: null,
    });
    const signed = await sign({
      medicalInstitutionCode: HOSPITAL,
      institutionCode: CARE_HOME,
      services: ['REGULAR_ROUNDS', 'EMERGENCY_GREEN_CHANNEL'],
      validFrom: '2024-01-01',
      validTo: '2035-12-31',
    });
    expect(expectData(signed).signCooperationAgreement).toMatchObject({
      inForce: true,
      ended: false,
      medicalInstitution: { name: '乳山市人民医院' },
    });

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
    const { CARE_HOME, HOSPITAL, CENTRE } = await aPilotTown();
    const UNKNOWN = uniqueCreditCode(hub, { areaCode: '371083' }); // never registered
    await anAgreement(hub).between(HOSPITAL, CARE_HOME).from('2024-01-01').to('2035-12-31').sign();

    const overlapping = await sign({
      medicalInstitutionCode: HOSPITAL,
      institutionCode: CARE_HOME,
      services: ['TCM'],
      validFrom: '2026-06-01',
    });
    expect(errorCodes(overlapping)).toEqual(['CONFLICT']);
    expect(overlapping.errors![0].extensions!.field).toBe('institutionCode');
    const cases: Array<{ input: SignCooperationAgreementInput; field: string }> = [
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
      const result = await sign(input);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect((await institution(CARE_HOME)).cooperationAgreements).toHaveLength(1);
  });

  it('ends an agreement, after which the institution is no longer integrated and the agreement shows only among ended ones', async () => {
    const { CARE_HOME, HOSPITAL } = await aPilotTown();
    const agreement = await anAgreement(hub)
      .between(HOSPITAL, CARE_HOME)
      .offering('REGULAR_ROUNDS', 'EMERGENCY_GREEN_CHANNEL')
      .from('2024-01-01')
      .to('2035-12-31')
      .sign();
    const end = (agreementId: string, endedOn: string) => hub.query(END, { input: { agreementId, endedOn } }, HEALTH);

    const beforeStart = await end(agreement.id, '2023-06-01');
    expect(errorCodes(beforeStart)).toEqual(['BAD_USER_INPUT']);
    expect(beforeStart.errors![0].extensions!.field).toBe('endedOn');
    const ended = await end(agreement.id, '2025-01-31');
    expect(expectData(ended).endCooperationAgreement).toEqual({ endedOn: '2025-01-31', inForce: false, ended: true });
    expect(errorCodes(await end(agreement.id, '2025-02-01'))).toEqual(['CONFLICT']);
    expect(errorCodes(await end('999999', '2025-02-01'))).toEqual(['NOT_FOUND']);

    const after = expectData(await hub.query(AGREEMENTS_WITH_ENDED, { code: CARE_HOME }));
    expect(after.institution).toEqual({
      medicalCareIntegrated: false,
      cooperationAgreements: [],
      all: [{ endedOn: '2025-01-31' }],
    });
    // A new agreement of the same pair may start the day after.
    expectData(
      await sign({
        medicalInstitutionCode: HOSPITAL,
        institutionCode: CARE_HOME,
        services: ['REFERRAL'],
        validFrom: '2025-02-01',
      }),
    );
  });

  it('files a clinic inside an institution, which makes it integrated, and refuses a second one or a reused filing number', async () => {
    const { CARE_HOME, OTHER_CARE_HOME } = await aPilotTown();
    const filingNumber = uniqueFilingNumber(hub);
    const filed = await hub.query(
      FILE,
      {
        input: {
          institutionCode: CARE_HOME,
          name: '福如东海颐养院医务室',
          kind: 'INFIRMARY',
          filingNumber,
          filedOn: '2025-02-15',
        },
      },
      HEALTH,
    );
    const clinic = expectData(filed).fileInsideClinic;
    const second = await hub.query(
      FILE,
      {
        input: {
          institutionCode: CARE_HOME,
          name: '第二医务室',
          kind: 'NURSING_STATION',
          filingNumber: uniqueFilingNumber(hub),
          filedOn: '2025-03-01',
        },
      },
      HEALTH,
    );
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0].extensions!.field).toBe('institutionCode');
    const reused = await hub.query(
      FILE,
      {
        input: {
          institutionCode: OTHER_CARE_HOME,
          name: '敬老院医务室',
          kind: 'INFIRMARY',
          filingNumber,
          filedOn: '2025-03-01',
        },
      },
      HEALTH,
    );
    expect(errorCodes(reused)).toEqual(['CONFLICT']);
    expect(reused.errors![0].extensions!.field).toBe('filingNumber');

    expect(await institution(CARE_HOME)).toMatchObject({
      medicalCareIntegrated: true,
      insideClinic: { name: '福如东海颐养院医务室', kind: 'INFIRMARY', filingNumber },
    });
    expectData(await hub.query(CLOSE, { input: { clinicId: clinic.id, closedOn: '2025-12-31' } }, HEALTH));
    expect(await institution(CARE_HOME)).toMatchObject({ medicalCareIntegrated: false, insideClinic: null });
  });
});
