import { DATABASE_TARGETS, startTestHub, type TestHub } from '../../support/test-hub';

describe.each(DATABASE_TARGETS)('personal information masking (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 200 });
  });
  afterAll(() => hub?.stop());

  const PROFILE = '{ elders(page: { limit: 20 }) { items { personKey idNumber maskedIdNumber name phone } } }';

  it('shows ID numbers, names and phones to callers with the personal-data scope, and masks them for the others', async () => {
    const clear = (await hub.query(PROFILE, {}, 'health-system')).data!.elders.items;
    const token = await hub.mint({ sub: 'health-statistics', role: 'department-system', department: 'health' });
    const masked = (await hub.queryWithHeaders({ authorization: `Bearer ${token}` }, PROFILE)).data!.elders.items;

    expect(masked.map((e: any) => e.personKey)).toEqual(clear.map((e: any) => e.personKey));
    for (const [i, elder] of clear.entries()) {
      expect(elder.idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(masked[i].idNumber).toBe(`${elder.idNumber.slice(0, 4)}**********${elder.idNumber.slice(-4)}`);
      expect(masked[i].idNumber).toBe(elder.maskedIdNumber);
      expect(masked[i].name).toBe(
        Array.from(elder.name as string)[0] + '*'.repeat(Array.from(elder.name as string).length - 1),
      );
      if (elder.phone) expect(masked[i].phone).toBe(`${elder.phone.slice(0, 3)}****${elder.phone.slice(-4)}`);
    }
  });
});
