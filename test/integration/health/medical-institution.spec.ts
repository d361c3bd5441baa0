import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { idNumber } from '../../support/builders/identifiers';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const GENERAL = creditCode('12371002MB0000601');
const GENERAL_OFFLINE = creditCode('12371002MB0000602');
const PRIVATE_GENERAL = creditCode('52371002MB0000603');
const TOWN_CENTRE = creditCode('12371002MB0000604');
const CLINIC = creditCode('52371002MB0000605');

const REGISTER = `mutation($input: RegisterMedicalInstitutionInput!) { registerMedicalInstitution(input: $input) { code name districtCode townCode level hospiceProvider internetNursing } }`;
const UPDATE = `mutation($code: ID!, $input: UpdateMedicalInstitutionInput!) { updateMedicalInstitution(code: $code, input: $input) { medicalBeds internetNursing } }`;

const AREA_FIGURES = `query {
  areas(level: DISTRICT) {
    code name
    hospiceProviderCount
    internetNursingCoverage { eligible offering shareBasisPoints targetBasisPoints met }
    healthBedCounts { kind capacity occupied }
    openHomeSickbedCount
  }
  town: area(code: "371002003") { code hospiceProviderCount healthBedCounts { kind capacity occupied } }
  city: area(code: "371000") { hospiceProviderCount internetNursingCoverage { eligible offering shareBasisPoints met } }
}`;

describe.each(DATABASE_TARGETS)('medical institutions and the health figures of areas (%s)', (target) => {
  let hub: TestHub;
  const asHealth = (query: string, variables?: Record<string, unknown>) => hub.query(query, variables, 'health-system');

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub?.stop());

  it('registers medical institutions in a district or town', async () => {
    const inputs = [
      {
        code: GENERAL,
        name: '威海市立医院',
        kind: 'GENERAL_HOSPITAL',
        level: 3,
        isPublic: true,
        areaCode: '371002',
        medicalBeds: 1200,
        hospiceBeds: 12,
        hospiceProvider: true,
        internetNursing: true,
      },
      {
        code: GENERAL_OFFLINE,
        name: '环翠区人民医院',
        kind: 'GENERAL_HOSPITAL',
        level: 2,
        isPublic: true,
        areaCode: '371002',
        medicalBeds: 400,
      },
      {
        code: PRIVATE_GENERAL,
        name: '威海康华医院',
        kind: 'GENERAL_HOSPITAL',
        level: 2,
        isPublic: false,
        areaCode: '371002',
        medicalBeds: 150,
        internetNursing: true,
      },
      {
        code: TOWN_CENTRE,
        name: '环翠区张村镇卫生院',
        kind: 'TOWNSHIP_HEALTH_CENTRE',
        level: 1,
        isPublic: true,
        areaCode: '371002003',
        medicalBeds: 40,
        hospiceProvider: true,
      },
      { code: CLINIC, name: '环翠区张村镇某村卫生室', kind: 'VILLAGE_CLINIC', isPublic: false, areaCode: '371002003' },
    ];
    for (const input of inputs) expect((await asHealth(REGISTER, { input })).errors).toBeUndefined();
    const listed = await hub.query(
      `{ medicalInstitutions(filter: { areaCode: "371002003" }) { total items { name level district { code } town { code } } } }`,
      {},
      'developer',
    );
    expect(listed.data!.medicalInstitutions).toEqual({
      total: 2,
      items: expect.arrayContaining([
        { name: '环翠区张村镇卫生院', level: 1, district: { code: '371002' }, town: { code: '371002003' } },
      ]),
    });
  });

  it('refuses a duplicate code (CONFLICT), a mistyped code, a graded village clinic or hospice beds without hospice (BAD_USER_INPUT), registering nothing', async () => {
    const base = {
      name: '测试医院',
      kind: 'GENERAL_HOSPITAL',
      level: 2,
      isPublic: true,
      areaCode: '371002',
      medicalBeds: 100,
    };
    const duplicate = await asHealth(REGISTER, { input: { ...base, code: GENERAL } });
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors![0].extensions!.field).toBe('code');
    const mistyped = GENERAL.slice(0, 17) + (GENERAL[17] === '0' ? '1' : '0');
    const cases = [
      { input: { ...base, code: mistyped }, field: 'code' },
      { input: { ...base, code: creditCode('52371002MB0000606'), kind: 'VILLAGE_CLINIC', level: 1 }, field: 'level' },
      { input: { ...base, code: creditCode('52371002MB0000607'), hospiceBeds: 5 }, field: 'hospiceProvider' },
      { input: { ...base, code: creditCode('52371002MB0000608'), areaCode: '371002999' }, field: 'areaCode' },
      { input: { ...base, code: creditCode('52371002MB0000609'), level: 4 }, field: 'level' },
    ];
    for (const { input, field } of cases) {
      const result = await asHealth(REGISTER, { input });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect((await hub.query(`{ medicalInstitutions { total } }`, {}, 'analyst')).data!.medicalInstitutions.total).toBe(
      5,
    );
    const privateOnes = await hub.query(
      `{ medicalInstitutions(filter: { isPublic: false }) { items { name } } hospice: medicalInstitutions(filter: { hospiceProvider: true, minLevel: 2 }) { items { name } } }`,
      {},
      'analyst',
    );
    expect(privateOnes.data).toEqual({
      medicalInstitutions: {
        items: expect.arrayContaining([{ name: '威海康华医院' }, { name: '环翠区张村镇某村卫生室' }]),
      },
      hospice: { items: [{ name: '威海市立医院' }] },
    });
    expect(privateOnes.data!.medicalInstitutions.items).toHaveLength(2);
  });

  it('counts hospice providers, Internet+nursing coverage of second-level-and-above public general hospitals and bed occupancy per area', async () => {
    expect(
      (
        await asHealth(`mutation($input: AdmitToHospitalInput!) { admitToHospital(input: $input) { id } }`, {
          input: {
            idNumber: idNumber('371002', '1945-02-02', 11),
            medicalInstitutionCode: TOWN_CENTRE,
            admittedOn: '2026-01-05',
          },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await asHealth(`mutation($input: AdmitToHospiceInput!) { admitToHospice(input: $input) { id } }`, {
          input: {
            idNumber: idNumber('371002', '1935-02-02', 13),
            medicalInstitutionCode: GENERAL,
            admittedOn: '2026-01-05',
          },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await asHealth(`mutation($input: OpenHomeSickbedInput!) { openHomeSickbed(input: $input) { id } }`, {
          input: {
            idNumber: idNumber('371002', '1940-02-02', 15),
            medicalInstitutionCode: TOWN_CENTRE,
            areaCode: '371002003',
            openedOn: '2026-01-05',
          },
        })
      ).errors,
    ).toBeUndefined();

    const result = await hub.query(AREA_FIGURES, {}, 'analyst');
    expect(result.errors).toBeUndefined();
    const huancui = result.data!.areas.find((area: any) => area.code === '371002');
    expect(huancui).toEqual({
      code: '371002',
      name: '环翠区',
      hospiceProviderCount: 2,
      // Of the two public second-level-and-above general hospitals one offers Internet+nursing; the private one does not count.
      internetNursingCoverage: {
        eligible: 2,
        offering: 1,
        shareBasisPoints: 5000,
        targetBasisPoints: 7000,
        met: false,
      },
      healthBedCounts: [
        { kind: 'MEDICAL', capacity: 1790, occupied: 1 },
        { kind: 'HOSPICE', capacity: 12, occupied: 1 },
      ],
      openHomeSickbedCount: 1,
    });
    const rushan = result.data!.areas.find((area: any) => area.code === '371083');
    expect(rushan).toMatchObject({
      hospiceProviderCount: 0,
      internetNursingCoverage: { eligible: 0, offering: 0, shareBasisPoints: null, met: null },
      openHomeSickbedCount: 0,
    });
    expect(result.data!.town).toEqual({
      code: '371002003',
      hospiceProviderCount: 1,
      healthBedCounts: [
        { kind: 'MEDICAL', capacity: 40, occupied: 1 },
        { kind: 'HOSPICE', capacity: 0, occupied: 0 },
      ],
    });
    expect(result.data!.city).toEqual({
      hospiceProviderCount: 2,
      internetNursingCoverage: { eligible: 2, offering: 1, shareBasisPoints: 5000, met: false },
    });
  });

  it('moves the coverage when a hospital starts Internet+nursing, and refuses a bed stock below today’s occupancy', async () => {
    expect(
      (await asHealth(UPDATE, { code: GENERAL_OFFLINE, input: { internetNursing: true } })).data!
        .updateMedicalInstitution.internetNursing,
    ).toBe(true);
    const city = await hub.query(
      `{ area(code: "371000") { internetNursingCoverage { shareBasisPoints met } } }`,
      {},
      'analyst',
    );
    expect(city.data!.area.internetNursingCoverage).toEqual({ shareBasisPoints: 10000, met: true });

    const below = await asHealth(UPDATE, { code: TOWN_CENTRE, input: { medicalBeds: 0 } });
    expect(errorCodes(below)).toEqual(['CONFLICT']);
    expect(below.errors![0].extensions!.field).toBe('medicalBeds');
    expect(
      errorCodes(await asHealth(UPDATE, { code: creditCode('12371002MB0000699'), input: { medicalBeds: 3 } })),
    ).toEqual(['NOT_FOUND']);
    const stock = await hub.query(
      `query($code: ID!) { medicalInstitution(code: $code) { medicalBeds } }`,
      { code: TOWN_CENTRE },
      'analyst',
    );
    expect(stock.data!.medicalInstitution.medicalBeds).toBe(40);
  });
});
