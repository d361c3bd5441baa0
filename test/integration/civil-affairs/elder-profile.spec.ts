import { admit, anAssessmentOf, anInstitution, bedsOf } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { idNumber, uniqueCreditCode, uniqueIdNumber } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type { RegisterElderInput } from '../../support/graphql/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const REGISTER_ELDER = graphql(`
  mutation ElderProfileRegisterElder($elder: RegisterElderInput!) {
    registerElder(input: $elder) {
      personKey
      sex
      birthDate
    }
  }
`);

const REGISTER_INSTITUTION = graphql(`
  mutation ElderProfileRegisterInstitution($home: RegisterInstitutionInput!) {
    registerInstitution(input: $home) {
      code
    }
  }
`);

const PROFILE = graphql(`
  query ElderProfileByIdNumber($id: String!) {
    elderByIdNumber(idNumber: $id) {
      name
      maskedIdNumber
      area {
        code
        name
        level
        parent {
          name
        }
      }
      district {
        name
        fiveBedPilot
      }
      latestAssessment {
        level
        levelNumber
        assessedOn
      }
      currentInstitutionStay {
        admittedOn
        bed {
          kind
          label
        }
        institution {
          name
          rating
          bedCounts {
            kind
            capacity
            occupied
          }
        }
      }
    }
  }
`);

const TOTALS = graphql(`
  query ElderProfileRegistryTotals {
    elders(page: { limit: 10 }) {
      total
    }
    institutions {
      total
    }
  }
`);

// Blank hub: each test registers its own elder and home under fresh ID numbers and credit codes.
describe.each(DATABASE_TARGETS)('an elder’s civil-affairs profile through the gateway (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  it('returns the assessment, the institution stay and the area of an elder found by ID number', async () => {
    const { code: home } = await anInstitution(hub)
      .named('乳山市夏村颐养院')
      .inArea('371083100')
      .public()
      .openedOn('2015-06-01')
      .with({ rating: 4 })
      .register();
    const elderId = uniqueIdNumber(hub, { addressCode: '371083', birthDate: '1948-05-20', sex: 'MALE' });
    const registered = await hub.query(REGISTER_ELDER, {
      elder: {
        idNumber: elderId,
        name: '于秀兰',
        areaCode: '371083100201',
        livingSituation: 'LIVING_ALONE',
        economicStatus: 'MINIMUM_LIVING',
      },
    });
    const { personKey, ...born } = expectData(registered).registerElder;
    expect(born).toEqual({ sex: 'MALE', birthDate: '1948-05-20' });

    const [bedId] = await bedsOf(hub, home).ofKind('NURSING').labelled('1-1', '1-2').inServiceFrom('2015-06-01').add();
    await anAssessmentOf(hub, personKey)
      .at('SEVERE_DISABILITY')
      .on('2025-03-02')
      .because('ADMISSION')
      .by('乳山市老年人能力评估中心')
      .record();
    await admit(hub, personKey, bedId, '2025-03-10');

    const profile = await hub.query(PROFILE, { id: ` ${elderId.toLowerCase()} ` });
    expect(expectData(profile).elderByIdNumber).toEqual({
      name: '于秀兰',
      maskedIdNumber: `${elderId.slice(0, 4)}**************`,
      area: { code: '371083100201', name: '东秦家庄村委会', level: 'VILLAGE', parent: { name: '夏村镇' } },
      district: { name: '乳山市', fiveBedPilot: true },
      latestAssessment: { level: 'SEVERE_DISABILITY', levelNumber: 3, assessedOn: '2025-03-02' },
      currentInstitutionStay: {
        admittedOn: '2025-03-10',
        bed: { kind: 'NURSING', label: '1-1' },
        institution: {
          name: '乳山市夏村颐养院',
          rating: 4,
          bedCounts: [{ kind: 'NURSING', capacity: 2, occupied: 1 }],
        },
      },
    });
  });

  it('refuses an invalid ID number, an unknown area and an out-of-range rating with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const totals = async () => expectData(await hub.query(TOTALS));
    const before = await totals();
    const elder = { name: '张桂珍', livingSituation: 'EMPTY_NEST', economicStatus: 'ORDINARY' } as const;
    const valid = uniqueIdNumber(hub, { addressCode: '371083', birthDate: '1948-05-20' });
    const badCheck = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    const cases: Array<{ elder: RegisterElderInput; field: string }> = [
      { elder: { ...elder, idNumber: badCheck, areaCode: '371083' }, field: 'idNumber' },
      { elder: { ...elder, idNumber: idNumber('371083', '1950-02-30', 22), areaCode: '371083' }, field: 'idNumber' },
      {
        elder: {
          ...elder,
          idNumber: uniqueIdNumber(hub, { addressCode: '371083', birthDate: '1950-02-03' }),
          areaCode: '999999',
        },
        field: 'areaCode',
      },
    ];
    for (const { elder, field } of cases) {
      const result = await hub.query(REGISTER_ELDER, { elder });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const rating = await hub.query(REGISTER_INSTITUTION, {
      home: {
        code: uniqueCreditCode(hub, { areaCode: '371082', kind: '52' }),
        name: '荣成市颐养院',
        areaCode: '371082',
        ownership: 'PRIVATE',
        openedOn: '2020-01-01',
        rating: 6,
      },
    });
    expect(errorCodes(rating)).toEqual(['BAD_USER_INPUT']);
    expect(rating.errors![0].extensions!.field).toBe('rating');

    expect(await totals()).toEqual(before);
  });
});
