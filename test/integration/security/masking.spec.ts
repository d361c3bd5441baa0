import { graphql } from '../../support/graphql';
import type { MaskingElderProfilesQuery } from '../../support/graphql/graphql';
import { expectData } from '../../support/builders/expect-data';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const PROFILES = graphql(`
  query MaskingElderProfiles {
    elders(page: { limit: 20 }) {
      items {
        personKey
        idNumber
        maskedIdNumber
        name
        phone
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('personal information masking (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Reads only: the worker's seeded city.
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  it('shows ID numbers, names and phones to callers with the personal-data scope, and masks them for the others', async () => {
    const clear = expectData(await hub.query(PROFILES, {}, 'health-system')).elders.items;
    const token = await hub.mint({ sub: 'health-statistics', role: 'department-system', department: 'health' });
    const masked = expectData(
      await hub.queryWithHeaders<MaskingElderProfilesQuery>({ authorization: `Bearer ${token}` }, PROFILES.toString()),
    ).elders.items;

    expect(clear).toHaveLength(20);
    expect(masked.map((elder) => elder.personKey)).toEqual(clear.map((elder) => elder.personKey));
    for (const [i, elder] of clear.entries()) {
      expect(elder.idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(masked[i].idNumber).toBe(`${elder.idNumber.slice(0, 4)}**************`);
      expect(masked[i].idNumber).toBe(elder.maskedIdNumber);
      const name = Array.from(elder.name);
      expect(masked[i].name).toBe(name[0] + '*'.repeat(name.length - 1));
      if (elder.phone) expect(masked[i].phone).toBe(`${elder.phone.slice(0, 3)}****${elder.phone.slice(-4)}`);
    }
  });
});
