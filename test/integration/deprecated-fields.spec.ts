import { expectData } from '../support/builders/expect-data';
import { graphql } from '../support/graphql';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../support/test-hub';

/**
 * Fields renamed for the graph's one convention of units (…BasisPoints) stay, deprecated, until
 * department systems have moved: until they are removed (a recorded breaking change), they answer
 * exactly what their replacements answer.
 */
const OLD_AND_NEW_NAMES = graphql(`
  query DeprecatedUnitNames($today: LocalDate!) {
    ltciRateTable {
      employeeFundRatioBp
      employeeFundRatioBasisPoints
      residentFundRatioBp
      residentFundRatioBasisPoints
    }
    area(code: "371083") {
      ltciFigures {
        residentActiveShareBp
        residentActiveShareBasisPoints
      }
    }
    institutions(page: { limit: 20 }) {
      items {
        certifiedShare {
          targetPercent
          targetBasisPoints
        }
      }
    }
    fiveBedLinkage(areaCode: "371083", from: "2026-01-01", to: $today, windowDays: 30) {
      beds {
        occupancyRate
        occupancyBasisPoints
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('fields deprecated by the units convention (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  it('answer what the fields replacing them answer', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const data = expectData(await hub.query(OLD_AND_NEW_NAMES, { today }, 'analyst'));

    expect(data.ltciRateTable.length).toBeGreaterThan(0);
    for (const rate of data.ltciRateTable) {
      expect(rate.employeeFundRatioBp).toBe(rate.employeeFundRatioBasisPoints);
      expect(rate.residentFundRatioBp).toBe(rate.residentFundRatioBasisPoints);
    }
    const ltci = data.area!.ltciFigures!;
    expect(ltci.residentActiveShareBasisPoints).not.toBeNull();
    expect(ltci.residentActiveShareBp).toBe(ltci.residentActiveShareBasisPoints);

    const shares = data.institutions.items.map((institution) => institution.certifiedShare);
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share!.targetBasisPoints).toBe(share!.targetPercent * 100);

    const beds = data.fiveBedLinkage.beds;
    expect(beds!.some((bed) => bed.occupancyBasisPoints !== null)).toBe(true);
    for (const bed of beds!) expect(bed.occupancyRate).toBe(bed.occupancyBasisPoints);
  });
});
