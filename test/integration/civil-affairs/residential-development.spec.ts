import { todayIso } from '../../../subgraphs/shared/time/today';
import { DATABASE_TARGETS, errorCodes, type GraphQLResult, startTestHub, type TestHub } from '../../support/test-hub';

const FIELDS =
  'id name developer districtCode townCode communityCode households deliveredOn facilityAreaM2 facilityHandedOverOn requiredFacilityAreaM2 compliant';
const REGISTER = `mutation($input: RegisterResidentialDevelopmentInput!) { registerResidentialDevelopment(input: $input) { ${FIELDS} area { name level } district { name } } }`;
const HANDOVER = `mutation($input: RecordFacilityHandoverInput!) { recordFacilityHandover(input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!, $day: LocalDate) { residentialDevelopment(id: $id) { ${FIELDS} compliantOnDay: compliant(asOf: $day) } }`;
const LIST = `query($filter: ResidentialDevelopmentFilter, $page: PageInput) { residentialDevelopments(filter: $filter, page: $page) { total offset limit items { id name compliant } } }`;

/** 孙家疃街道 is a street of 环翠区 with 育海社区; 张村镇 is a town of 环翠区; 城区街道 is 乳山市's street, with 府前居委会. */
const SUNJIATUAN_STREET = '371002011';
const YUHAI_COMMUNITY = '371002011015';
const ZHANGCUN_TOWN = '371002100';
const RUSHAN = '371083';
const RUSHAN_STREET = '371083001';
const FUQIAN_COMMUNITY = '371083001001';

const ok = <T>(result: GraphQLResult<T>): GraphQLResult<T> => {
  expect(result.errors).toBeUndefined();
  return result;
};
const refusal = (result: GraphQLResult) => ({ codes: errorCodes(result), field: result.errors?.[0].extensions?.field });

describe.each(DATABASE_TARGETS)(
  'new residential developments and their supporting elder-care facility (%s)',
  (target) => {
    let hub: TestHub;

    beforeAll(async () => {
      hub = await startTestHub(target);
    });
    afterAll(() => hub?.stop());

    const register = (input: Record<string, unknown>) =>
      hub.query(REGISTER, {
        input: {
          developer: '威海海川房地产开发有限公司',
          areaCode: SUNJIATUAN_STREET,
          households: 1000,
          deliveredOn: '2024-01-10',
          ...input,
        },
      });
    const handOver = (input: Record<string, unknown>) => hub.query(HANDOVER, { input });
    const one = async (id: string, day?: string) => ok(await hub.query(ONE, { id, day })).data!.residentialDevelopment;
    const list = async (filter: Record<string, unknown>, page?: Record<string, unknown>) =>
      ok(await hub.query(LIST, { filter, page })).data!.residentialDevelopments;
    const totalRegistered = async () => (await list({})).total as number;

    it('registers a development in a community with its facility handed over, placing it in its street and district and judging it compliant from the handover day', async () => {
      const registered = ok(
        await register({
          name: ' 海悦华庭一期 ',
          areaCode: YUHAI_COMMUNITY,
          households: 1200,
          deliveredOn: '2023-06-30',
          facilityAreaM2: 400,
          facilityHandedOverOn: '2023-06-15',
        }),
      ).data!.registerResidentialDevelopment;
      expect(registered).toMatchObject({
        name: '海悦华庭一期',
        developer: '威海海川房地产开发有限公司',
        districtCode: '371002',
        townCode: SUNJIATUAN_STREET,
        communityCode: YUHAI_COMMUNITY,
        households: 1200,
        deliveredOn: '2023-06-30',
        facilityAreaM2: 400,
        facilityHandedOverOn: '2023-06-15',
        requiredFacilityAreaM2: 350,
        compliant: true,
        area: { level: 'COMMUNITY' },
        district: { name: '环翠区' },
      });
      expect(await one(registered.id, '2023-06-14')).toMatchObject({
        name: '海悦华庭一期',
        compliant: true,
        compliantOnDay: false,
      });
      expect((await one(registered.id, '2023-06-15')).compliantOnDay).toBe(true);
      expect(
        ok(await hub.query(`{ residentialDevelopment(id: "999999") { id } }`)).data!.residentialDevelopment,
      ).toBeNull();
    });

    it('applies the standard at its boundaries: at least 350 m², and 20 m² per 100 households rounded up', async () => {
      const cases = [
        { households: 1000, facilityAreaM2: 349, required: 350, compliant: false },
        { households: 1000, facilityAreaM2: 350, required: 350, compliant: true },
        { households: 1, facilityAreaM2: 350, required: 350, compliant: true },
        { households: 1750, facilityAreaM2: 350, required: 350, compliant: true },
        { households: 1751, facilityAreaM2: 350, required: 351, compliant: false },
        { households: 1751, facilityAreaM2: 351, required: 351, compliant: true },
        { households: 2001, facilityAreaM2: 400, required: 401, compliant: false },
        { households: 2001, facilityAreaM2: 401, required: 401, compliant: true },
      ];
      for (const [i, { households, facilityAreaM2, required, compliant }] of cases.entries()) {
        const registered = ok(
          await register({ name: `边界${i}小区`, households, facilityAreaM2, facilityHandedOverOn: '2024-01-10' }),
        ).data!.registerResidentialDevelopment;
        expect({
          households,
          facilityAreaM2,
          required: registered.requiredFacilityAreaM2,
          compliant: registered.compliant,
        }).toEqual({ households, facilityAreaM2, required, compliant });
      }

      // The database's condition (the indicator's GROUP BY and the list filter) agrees with the field, row by row.
      const all = await list({}, { limit: 1000 });
      const judged = (compliant: boolean) =>
        all.items
          .filter((item: { compliant: boolean }) => item.compliant === compliant)
          .map((item: { id: string }) => item.id)
          .sort();
      const ids = async (compliant: boolean) =>
        (await list({ compliant }, { limit: 1000 })).items.map((item: { id: string }) => item.id).sort();
      expect(await ids(true)).toEqual(judged(true));
      expect(await ids(false)).toEqual(judged(false));
      expect(judged(true)).toHaveLength(6);
      expect(judged(false)).toHaveLength(3);
    });

    it('records a late handover for a development registered without one, which is compliant from that day on', async () => {
      const registered = ok(
        await register({ name: '御景花园二期', areaCode: ZHANGCUN_TOWN, households: 2500, deliveredOn: '2022-09-01' }),
      ).data!.registerResidentialDevelopment;
      expect(registered).toMatchObject({
        townCode: ZHANGCUN_TOWN,
        communityCode: null,
        facilityAreaM2: null,
        facilityHandedOverOn: null,
        requiredFacilityAreaM2: 500,
        compliant: false,
        area: { name: '张村镇', level: 'TOWN' },
      });

      const handedOver = ok(await handOver({ id: registered.id, facilityAreaM2: 520, handedOverOn: '2024-03-01' }))
        .data!.recordFacilityHandover;
      expect(handedOver).toMatchObject({ facilityAreaM2: 520, facilityHandedOverOn: '2024-03-01', compliant: true });
      expect((await one(registered.id, '2022-09-01')).compliantOnDay).toBe(false);
      expect((await one(registered.id, '2024-02-29')).compliantOnDay).toBe(false);
      expect((await one(registered.id, '2024-03-01')).compliantOnDay).toBe(true);
    });

    it('refuses a second handover with CONFLICT unless it is a correction, and replaces area and date when it is', async () => {
      const { id } = ok(
        await register({
          name: '锦绣家园',
          households: 2000,
          deliveredOn: '2021-05-01',
          facilityAreaM2: 420,
          facilityHandedOverOn: '2021-05-01',
        }),
      ).data!.registerResidentialDevelopment;
      expect(refusal(await handOver({ id, facilityAreaM2: 500, handedOverOn: '2022-01-01' }))).toEqual({
        codes: ['CONFLICT'],
        field: 'id',
      });
      expect(await one(id)).toMatchObject({ facilityAreaM2: 420, facilityHandedOverOn: '2021-05-01', compliant: true });

      const corrected = ok(await handOver({ id, facilityAreaM2: 380, handedOverOn: '2021-04-20', correction: true }))
        .data!.recordFacilityHandover;
      expect(corrected).toMatchObject({
        facilityAreaM2: 380,
        facilityHandedOverOn: '2021-04-20',
        requiredFacilityAreaM2: 400,
        compliant: false,
      });

      const pending = ok(await register({ name: '望海新城', households: 300, deliveredOn: '2025-09-01' })).data!
        .registerResidentialDevelopment;
      expect(
        refusal(await handOver({ id: pending.id, facilityAreaM2: 360, handedOverOn: '2025-10-01', correction: true })),
      ).toEqual({ codes: ['CONFLICT'], field: 'correction' });
      expect(await one(pending.id)).toMatchObject({ facilityAreaM2: null, facilityHandedOverOn: null });
    });

    it('refuses bad registrations and handovers with BAD_USER_INPUT naming the field, unknown developments with NOT_FOUND, writing nothing', async () => {
      const pending = ok(await register({ name: '蓝湾公馆', households: 900, deliveredOn: '2025-06-30' })).data!
        .registerResidentialDevelopment;
      const before = await totalRegistered();
      const registrations = [
        { input: { name: '   ' }, field: 'name' },
        { input: { name: '错误小区', developer: '' }, field: 'developer' },
        { input: { name: '错误小区', households: 0 }, field: 'households' },
        { input: { name: '错误小区', households: 100_001 }, field: 'households' },
        { input: { name: '错误小区', deliveredOn: '2999-01-01' }, field: 'deliveredOn' },
        { input: { name: '错误小区', areaCode: '371002' }, field: 'areaCode' },
        { input: { name: '错误小区', areaCode: '371000' }, field: 'areaCode' },
        { input: { name: '错误小区', areaCode: '371002999999' }, field: 'areaCode' },
        { input: { name: '错误小区', facilityAreaM2: 400 }, field: 'facilityHandedOverOn' },
        { input: { name: '错误小区', facilityHandedOverOn: '2024-01-10' }, field: 'facilityAreaM2' },
        { input: { name: '错误小区', facilityAreaM2: 0, facilityHandedOverOn: '2024-01-10' }, field: 'facilityAreaM2' },
        {
          input: { name: '错误小区', facilityAreaM2: 100_001, facilityHandedOverOn: '2024-01-10' },
          field: 'facilityAreaM2',
        },
        {
          input: { name: '错误小区', facilityAreaM2: 400, facilityHandedOverOn: '2999-01-01' },
          field: 'facilityHandedOverOn',
        },
      ];
      for (const { input, field } of registrations)
        expect({ input, ...refusal(await register(input)) }).toEqual({ input, codes: ['BAD_USER_INPUT'], field });

      const handovers = [
        {
          input: { id: pending.id, facilityAreaM2: 0, handedOverOn: '2025-07-01' },
          codes: ['BAD_USER_INPUT'],
          field: 'facilityAreaM2',
        },
        {
          input: { id: pending.id, facilityAreaM2: 100_001, handedOverOn: '2025-07-01' },
          codes: ['BAD_USER_INPUT'],
          field: 'facilityAreaM2',
        },
        {
          input: { id: pending.id, facilityAreaM2: 400, handedOverOn: '2999-01-01' },
          codes: ['BAD_USER_INPUT'],
          field: 'handedOverOn',
        },
        {
          input: { id: '999999', facilityAreaM2: 400, handedOverOn: '2025-07-01' },
          codes: ['NOT_FOUND'],
          field: undefined,
        },
        {
          input: { id: 'abc', facilityAreaM2: 400, handedOverOn: '2025-07-01' },
          codes: ['NOT_FOUND'],
          field: undefined,
        },
      ];
      for (const { input, codes, field } of handovers)
        expect({ input, ...refusal(await handOver(input)) }).toEqual({ input, codes, field });

      expect(await totalRegistered()).toBe(before);
      expect(await one(pending.id)).toMatchObject({
        name: '蓝湾公馆',
        facilityAreaM2: null,
        facilityHandedOverOn: null,
        compliant: false,
      });
    });

    it('refuses a second development of the same name in a district with CONFLICT, but not in another district', async () => {
      const before = await totalRegistered();
      const again = await register({ name: '海悦华庭一期', areaCode: '371002001' });
      expect(refusal(again)).toEqual({ codes: ['CONFLICT'], field: 'name' });
      expect(await totalRegistered()).toBe(before);
      ok(
        await register({
          name: '海悦华庭一期',
          areaCode: RUSHAN_STREET,
          households: 800,
          deliveredOn: '2019-05-01',
          facilityAreaM2: 360,
          facilityHandedOverOn: '2019-04-20',
        }),
      );
    });

    it('lists the register by area at every level, by delivery period and by compliance today, a page at a time in order of delivery', async () => {
      // 乳山市: 海悦华庭一期 (2019, compliant) was registered above; four more here.
      for (const input of [
        {
          name: '泰和府',
          areaCode: RUSHAN_STREET,
          households: 2200,
          deliveredOn: '2020-10-01',
          facilityAreaM2: 430,
          facilityHandedOverOn: '2020-10-01',
        },
        { name: '书香雅苑', areaCode: '371083100201', households: 300, deliveredOn: '2021-03-15' },
        {
          name: '观澜华庭',
          areaCode: FUQIAN_COMMUNITY,
          households: 1500,
          deliveredOn: '2023-12-31',
          facilityAreaM2: 350,
          facilityHandedOverOn: '2024-06-30',
        },
        {
          name: '山海名邸',
          areaCode: '371083101',
          households: 600,
          deliveredOn: '2025-01-01',
          facilityAreaM2: 350,
          facilityHandedOverOn: '2024-12-01',
        },
      ])
        ok(await register(input));
      const names = async (filter: Record<string, unknown>) =>
        (await list(filter)).items.map((item: { name: string }) => item.name);

      expect(await names({ areaCode: RUSHAN })).toEqual(['海悦华庭一期', '泰和府', '书香雅苑', '观澜华庭', '山海名邸']);
      expect(await names({ areaCode: RUSHAN_STREET })).toEqual(['海悦华庭一期', '泰和府', '观澜华庭']);
      expect(await names({ areaCode: FUQIAN_COMMUNITY })).toEqual(['观澜华庭']);
      expect(await names({ areaCode: RUSHAN, deliveredFrom: '2020-10-01', deliveredTo: '2023-12-31' })).toEqual([
        '泰和府',
        '书香雅苑',
        '观澜华庭',
      ]);
      expect(await names({ areaCode: RUSHAN, deliveredTo: '2019-05-01' })).toEqual(['海悦华庭一期']);
      expect(await names({ areaCode: RUSHAN, compliant: true })).toEqual(['海悦华庭一期', '观澜华庭', '山海名邸']);
      expect(await names({ areaCode: RUSHAN, compliant: false })).toEqual(['泰和府', '书香雅苑']);
      expect(await names({ areaCode: RUSHAN_STREET, compliant: false, deliveredFrom: '2020-01-01' })).toEqual([
        '泰和府',
      ]);

      const page = await list({ areaCode: RUSHAN }, { offset: 1, limit: 2 });
      expect(page).toMatchObject({ total: 5, offset: 1, limit: 2 });
      expect(page.items.map((item: { name: string }) => item.name)).toEqual(['泰和府', '书香雅苑']);
      expect(await list({ areaCode: RUSHAN }, { offset: 5, limit: 2 })).toMatchObject({ total: 5, items: [] });

      const bad = [
        { filter: { areaCode: '371083999' }, page: undefined, field: 'filter.areaCode' },
        {
          filter: { deliveredFrom: '2024-01-02', deliveredTo: '2024-01-01' },
          page: undefined,
          field: 'filter.deliveredTo',
        },
        { filter: {}, page: { limit: 0 }, field: 'page.limit' },
      ];
      for (const { filter, page: asked, field } of bad)
        expect({ filter, ...refusal(await hub.query(LIST, { filter, page: asked })) }).toEqual({
          filter,
          codes: ['BAD_USER_INPUT'],
          field,
        });
    });

    it('shows the register to analysts and developers, lets only civil affairs’ system write it, and audits every write', async () => {
      for (const as of ['analyst', 'developer', 'health-system'] as const) {
        expect(
          ok(await hub.query(LIST, { filter: { areaCode: RUSHAN } }, as)).data!.residentialDevelopments.total,
        ).toBe(5);
      }
      const before = await totalRegistered();
      for (const as of ['analyst', 'developer', 'health-system'] as const) {
        const input = {
          name: '越权小区',
          developer: '威海海川房地产开发有限公司',
          areaCode: SUNJIATUAN_STREET,
          households: 500,
          deliveredOn: '2024-01-10',
        };
        expect(errorCodes(await hub.query(REGISTER, { input }, as))).toEqual(['FORBIDDEN']);
      }
      expect(await totalRegistered()).toBe(before);

      const trail = ok(
        await hub.query(
          `{ civilAffairsAuditTrail(filter: { callerId: "civil-affairs-system" }, page: { limit: 1000 }) { items { operation kind recordIds fields } } }`,
          {},
          'auditor',
        ),
      ).data!.civilAffairsAuditTrail.items as Array<{
        operation: string;
        kind: string;
        recordIds: string[];
        fields: string[];
      }>;
      const [handedOver] = (await list({ areaCode: ZHANGCUN_TOWN })).items;
      expect(trail).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            operation: 'registerResidentialDevelopment',
            kind: 'WRITE',
            recordIds: [`ResidentialDevelopment:${handedOver.id}`],
          }),
          expect.objectContaining({
            operation: 'recordFacilityHandover',
            kind: 'WRITE',
            recordIds: [`ResidentialDevelopment:${handedOver.id}`],
            fields: ['correction', 'facilityAreaM2', 'handedOverOn', 'id'],
          }),
        ]),
      );
    });
  },
);

describe.each(DATABASE_TARGETS)('seeded residential developments (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 1 });
  });
  afterAll(() => hub?.stop());

  it('seeds about sixty developments since 2018, mostly in streets, 85–95% compliant today, with late, too small and missing facilities', async () => {
    const { data } = ok(
      await hub.query(`{
        streets: areas(level: STREET) { code }
        all: residentialDevelopments(page: { limit: 1000 }) {
          total
          items { townCode households deliveredOn facilityAreaM2 facilityHandedOverOn requiredFacilityAreaM2 compliant }
        }
        compliant: residentialDevelopments(filter: { compliant: true }) { total }
      }`),
    );
    const streets = new Set(data!.streets.map((street: { code: string }) => street.code));
    const items = data!.all.items as Array<{
      townCode: string;
      households: number;
      deliveredOn: string;
      facilityAreaM2: number | null;
      facilityHandedOverOn: string | null;
      requiredFacilityAreaM2: number;
      compliant: boolean;
    }>;
    const total = data!.all.total as number;
    expect(total).toBeGreaterThanOrEqual(56);
    expect(total).toBeLessThanOrEqual(64);
    expect(items).toHaveLength(total);

    const compliant = items.filter((item) => item.compliant).length;
    expect(data!.compliant.total).toBe(compliant);
    expect(compliant / total).toBeGreaterThanOrEqual(0.85);
    expect(compliant / total).toBeLessThanOrEqual(0.95);

    const today = todayIso();
    for (const item of items) {
      expect(item.households).toBeGreaterThanOrEqual(200);
      expect(item.households).toBeLessThanOrEqual(2500);
      expect(item.deliveredOn >= '2018-01-01' && item.deliveredOn < today).toBe(true);
      expect(item.facilityAreaM2 === null).toBe(item.facilityHandedOverOn === null);
      if (item.facilityHandedOverOn) expect(item.facilityHandedOverOn < today).toBe(true);
    }
    expect(items.filter((item) => streets.has(item.townCode)).length / total).toBeGreaterThanOrEqual(0.7);
    const daysLate = (item: (typeof items)[number]) =>
      (Date.parse(item.facilityHandedOverOn!) - Date.parse(item.deliveredOn)) / 86_400_000;
    expect(items.filter((item) => item.compliant && daysLate(item) >= 90).length).toBeGreaterThanOrEqual(3);
    expect(
      items.filter((item) => item.facilityAreaM2 !== null && item.facilityAreaM2 < item.requiredFacilityAreaM2).length,
    ).toBeGreaterThanOrEqual(2);
    expect(items.filter((item) => item.facilityHandedOverOn === null).length).toBeGreaterThanOrEqual(2);
  });
});
