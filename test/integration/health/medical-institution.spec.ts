import { expect } from '@jest/globals';
import { expectData } from '../../support/builders/expect-data';
import {
  aFreshPatient,
  aHomeSickbed,
  aHospiceStay,
  aHospitalStay,
  aMedicalInstitution,
} from '../../support/builders/health';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import type { RegisterMedicalInstitutionInput } from '../../support/graphql/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const REGISTER = graphql(`
  mutation MedicalInstitutionRegister($input: RegisterMedicalInstitutionInput!) {
    registerMedicalInstitution(input: $input) {
      code
      name
      districtCode
      townCode
      level
      hospiceProvider
      internetNursing
    }
  }
`);
const UPDATE = graphql(`
  mutation MedicalInstitutionUpdate($code: ID!, $input: UpdateMedicalInstitutionInput!) {
    updateMedicalInstitution(code: $code, input: $input) {
      medicalBeds
      internetNursing
    }
  }
`);
const IN_AREA = graphql(`
  query MedicalInstitutionsInArea($area: ID!) {
    medicalInstitutions(filter: { areaCode: $area }) {
      total
      items {
        name
        level
        district {
          code
        }
        town {
          code
        }
      }
    }
  }
`);
const TOTAL = graphql(`
  query MedicalInstitutionTotal {
    medicalInstitutions {
      total
    }
  }
`);
const FILTERED = graphql(`
  query MedicalInstitutionsFiltered($area: ID!) {
    medicalInstitutions(filter: { areaCode: $area, isPublic: false }) {
      items {
        name
      }
    }
    hospice: medicalInstitutions(filter: { areaCode: $area, hospiceProvider: true, minLevel: 2 }) {
      items {
        name
      }
    }
  }
`);
const AREA_FIGURES = graphql(`
  query MedicalInstitutionAreaFigures($town: ID!) {
    areas(level: DISTRICT) {
      code
      name
      hospiceProviderCount
      internetNursingCoverage {
        eligible
        offering
        shareBasisPoints
        targetBasisPoints
        met
      }
      healthBedCounts {
        kind
        capacity
        occupied
      }
      openHomeSickbedCount
    }
    town: area(code: $town) {
      code
      hospiceProviderCount
      healthBedCounts {
        kind
        capacity
        occupied
      }
    }
    city: area(code: "371000") {
      hospiceProviderCount
      internetNursingCoverage {
        eligible
        offering
        shareBasisPoints
        targetBasisPoints
        met
      }
    }
  }
`);
const CITY_COVERAGE = graphql(`
  query MedicalInstitutionCityCoverage {
    area(code: "371000") {
      internetNursingCoverage {
        eligible
        offering
        shareBasisPoints
        targetBasisPoints
        met
      }
    }
  }
`);
const BED_STOCK = graphql(`
  query MedicalInstitutionBedStock($code: ID!) {
    medicalInstitution(code: $code) {
      medicalBeds
    }
  }
`);

/**
 * Districts and towns this file alone writes medical institutions to on the worker's blank hub, so
 * that their figures are exactly what a test built there (see the tests using them). 南海新区 is
 * written to by no file at all. The city is shared by every file: its figures are compared before
 * and after a test's own records.
 */
const GAOQU = { district: '371071', town: '371071004' }; // 威海火炬高技术产业开发区, 怡园街道
const NO_MEDICAL_INSTITUTION = '371099'; // 南海新区

/** Measure 14's share as the product states it: offering ÷ eligible in basis points, rounded down. */
const share = (offering: number, eligible: number) => (eligible ? Math.floor((offering * 10_000) / eligible) : null);

describe.each(DATABASE_TARGETS)('medical institutions and the health figures of areas (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const HEALTH = 'health-system' as const;
  const register = (input: RegisterMedicalInstitutionInput) => hub.query(REGISTER, { input }, HEALTH);
  const code = (areaCode: string, kind: '12' | '52') => uniqueCreditCode(hub, { areaCode, kind });

  /**
   * 环翠区's five as the commission registers them, under fresh codes: three hospitals standing in
   * `district` (two public, one private) and a township health centre and a village clinic in `town`.
   */
  function theFive({ district, town }: { district: string; town: string }) {
    const inputs = {
      GENERAL: {
        code: code(district, '12'),
        name: '威海市立医院',
        kind: 'GENERAL_HOSPITAL',
        level: 3,
        isPublic: true,
        areaCode: district,
        medicalBeds: 1200,
        hospiceBeds: 12,
        hospiceProvider: true,
        internetNursing: true,
      },
      GENERAL_OFFLINE: {
        code: code(district, '12'),
        name: '环翠区人民医院',
        kind: 'GENERAL_HOSPITAL',
        level: 2,
        isPublic: true,
        areaCode: district,
        medicalBeds: 400,
      },
      PRIVATE_GENERAL: {
        code: code(district, '52'),
        name: '威海康华医院',
        kind: 'GENERAL_HOSPITAL',
        level: 2,
        isPublic: false,
        areaCode: district,
        medicalBeds: 150,
        internetNursing: true,
      },
      TOWN_CENTRE: {
        code: code(town, '12'),
        name: '环翠区张村镇卫生院',
        kind: 'TOWNSHIP_HEALTH_CENTRE',
        level: 1,
        isPublic: true,
        areaCode: town,
        medicalBeds: 40,
        hospiceProvider: true,
      },
      CLINIC: {
        code: code(town, '52'),
        name: '环翠区张村镇某村卫生室',
        kind: 'VILLAGE_CLINIC',
        isPublic: false,
        areaCode: town,
      },
    } satisfies Record<string, RegisterMedicalInstitutionInput>;
    return inputs;
  }
  async function registered(areas: { district: string; town: string }) {
    const five = theFive(areas);
    for (const input of Object.values(five)) expectData(await register(input));
    return five;
  }

  it('registers medical institutions in a district or town', async () => {
    // 竹岛街道: no other test registers a medical institution there, so its list is these two.
    const five = theFive({ district: '371002', town: '371002003' });
    for (const input of Object.values(five)) {
      const { registerMedicalInstitution } = expectData(await register(input));
      expect(registerMedicalInstitution.code).toBe(input.code);
    }
    const listed = expectData(await hub.query(IN_AREA, { area: '371002003' }, 'developer'));
    expect(listed.medicalInstitutions).toEqual({
      total: 2,
      items: expect.arrayContaining([
        { name: '环翠区张村镇卫生院', level: 1, district: { code: '371002' }, town: { code: '371002003' } },
      ]),
    });
  });

  it('refuses a duplicate code (CONFLICT), a mistyped code, a graded village clinic or hospice beds without hospice (BAD_USER_INPUT), registering nothing', async () => {
    // 嵩山街道 holds this test's five alone: the filters below are read there.
    const area = '371002012';
    const { GENERAL } = await registered({ district: area, town: area });
    const before = expectData(await hub.query(TOTAL, {}, 'analyst')).medicalInstitutions.total;
    const base = {
      name: '测试医院',
      kind: 'GENERAL_HOSPITAL',
      level: 2,
      isPublic: true,
      areaCode: '371002',
      medicalBeds: 100,
    } as const;
    const duplicate = await register({ ...base, code: GENERAL.code });
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors![0].extensions!.field).toBe('code');
    const fresh = () => code('371002', '52');
    const unused = fresh();
    const mistyped = unused.slice(0, 17) + (unused[17] === '0' ? '1' : '0');
    const cases: Array<{ input: RegisterMedicalInstitutionInput; field: string }> = [
      { input: { ...base, code: mistyped }, field: 'code' },
      { input: { ...base, code: fresh(), kind: 'VILLAGE_CLINIC', level: 1 }, field: 'level' },
      { input: { ...base, code: fresh(), hospiceBeds: 5 }, field: 'hospiceProvider' },
      { input: { ...base, code: fresh(), areaCode: '371002999' }, field: 'areaCode' },
      { input: { ...base, code: fresh(), level: 4 }, field: 'level' },
    ];
    for (const { input, field } of cases) {
      const result = await register(input);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(expectData(await hub.query(TOTAL, {}, 'analyst')).medicalInstitutions.total).toBe(before);
    const filtered = expectData(await hub.query(FILTERED, { area }, 'analyst'));
    expect(filtered).toEqual({
      medicalInstitutions: {
        items: expect.arrayContaining([{ name: '威海康华医院' }, { name: '环翠区张村镇某村卫生室' }]),
      },
      hospice: { items: [{ name: '威海市立医院' }] },
    });
    expect(filtered.medicalInstitutions.items).toHaveLength(2);
  });

  it('counts hospice providers, Internet+nursing coverage of second-level-and-above public general hospitals and bed occupancy per area', async () => {
    const cityBefore = expectData(await hub.query(AREA_FIGURES, { town: GAOQU.town }, 'analyst')).city!;
    const { GENERAL, TOWN_CENTRE } = await registered(GAOQU);
    await aHospitalStay(hub, aFreshPatient(hub, '371002', '1945-02-02'))
      .in(TOWN_CENTRE.code)
      .from('2026-01-05')
      .record();
    await aHospiceStay(hub, aFreshPatient(hub, '371002', '1935-02-02'))
      .in(GENERAL.code)
      .from('2026-01-05')
      .record();
    await aHomeSickbed(hub, aFreshPatient(hub, '371002', '1940-02-02'))
      .by(TOWN_CENTRE.code)
      .at(GAOQU.town)
      .from('2026-01-05')
      .record();

    const result = expectData(await hub.query(AREA_FIGURES, { town: GAOQU.town }, 'analyst'));
    // No other test writes to this district: its figures are this test's records alone.
    expect(result.areas.find((area) => area.code === GAOQU.district)).toEqual({
      code: GAOQU.district,
      name: '威海火炬高技术产业开发区',
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
    expect(result.areas.find((area) => area.code === NO_MEDICAL_INSTITUTION)).toMatchObject({
      hospiceProviderCount: 0,
      internetNursingCoverage: { eligible: 0, offering: 0, shareBasisPoints: null, met: null },
      openHomeSickbedCount: 0,
    });
    expect(result.town).toEqual({
      code: GAOQU.town,
      hospiceProviderCount: 1,
      healthBedCounts: [
        { kind: 'MEDICAL', capacity: 40, occupied: 1 },
        { kind: 'HOSPICE', capacity: 0, occupied: 0 },
      ],
    });
    // The city holds every file's records: it moves by exactly this test's.
    const before = cityBefore.internetNursingCoverage!;
    const [eligible, offering] = [before.eligible + 2, before.offering + 1];
    expect(result.city).toEqual({
      hospiceProviderCount: cityBefore.hospiceProviderCount! + 2,
      internetNursingCoverage: {
        eligible,
        offering,
        shareBasisPoints: share(offering, eligible),
        targetBasisPoints: 7000,
        met: share(offering, eligible)! >= 7000,
      },
    });
  });

  it('moves the coverage when a hospital starts Internet+nursing, and refuses a bed stock below today’s occupancy', async () => {
    const offline = await aMedicalInstitution(hub)
      .named('环翠区人民医院')
      .inArea('371002')
      .withMedicalBeds(400)
      .register();
    const townCentre = await aMedicalInstitution(hub)
      .named('环翠区张村镇卫生院')
      .ofKind('TOWNSHIP_HEALTH_CENTRE', 1)
      .inArea('371002100')
      .withMedicalBeds(40)
      .register();
    await aHospitalStay(hub, aFreshPatient(hub, '371002', '1945-02-02'))
      .in(townCentre.code)
      .from('2026-01-05')
      .record();

    const coverage = async () =>
      expectData(await hub.query(CITY_COVERAGE, {}, 'analyst')).area!.internetNursingCoverage!;
    const before = await coverage();
    const updated = await hub.query(UPDATE, { code: offline.code, input: { internetNursing: true } }, HEALTH);
    expect(expectData(updated).updateMedicalInstitution.internetNursing).toBe(true);
    const offering = before.offering + 1;
    expect(await coverage()).toEqual({
      eligible: before.eligible,
      offering,
      shareBasisPoints: share(offering, before.eligible),
      targetBasisPoints: 7000,
      met: share(offering, before.eligible)! >= 7000,
    });

    const below = await hub.query(UPDATE, { code: townCentre.code, input: { medicalBeds: 0 } }, HEALTH);
    expect(errorCodes(below)).toEqual(['CONFLICT']);
    expect(below.errors![0].extensions!.field).toBe('medicalBeds');
    const unknown = code('371002', '12'); // never registered
    expect(errorCodes(await hub.query(UPDATE, { code: unknown, input: { medicalBeds: 3 } }, HEALTH))).toEqual([
      'NOT_FOUND',
    ]);
    const stock = expectData(await hub.query(BED_STOCK, { code: townCentre.code }, 'analyst'));
    expect(stock.medicalInstitution?.medicalBeds).toBe(40);
  });
});
