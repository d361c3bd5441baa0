import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { recountInsuredElders } from '../../../subgraphs/medical-insurance/area-on-date/insured-elder-tallies';
import { plainTransaction } from '../../../subgraphs/shared/db/transaction';
import { expectData } from '../../support/builders/expect-data';
import { anLtciEnrolment, changeLtciStatus } from '../../support/builders/medical-insurance';
import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type OwnTestHub, startTestHub } from '../../support/test-hub';

/**
 * Issue 18: medical insurance keeps measure 16's insured elders in a tally its triggers update in
 * each enrolment's transaction. Whatever the writes, the tally must be what counting the enrolments
 * again gives, and the figure must move with them — on the day the person turns 60, not before.
 */

const M16_INSURED = graphql(`
  query InsuredElderTalliesM16($asOf: LocalDate, $areaCodes: [ID!]) {
    indicatorAreas(asOf: $asOf, areaCodes: $areaCodes) {
      indicators(codes: ["M16"]) {
        numerator
      }
    }
  }
`);

const DISTRICT = '371082';

/** Every tally row that counts someone, in a fixed order. */
const tally = (dataSource: DataSource) =>
  dataSource.query<unknown[]>(
    'SELECT districtCode, scheme, countsFrom, lapsedOn, persons FROM insured_elder_tally WHERE persons <> 0 ORDER BY districtCode, scheme, countsFrom, lapsedOn',
  );

describe.each(DATABASE_TARGETS)('insured elders medical insurance keeps as it writes (%s)', (target) => {
  let hub: OwnTestHub;
  let insurance: DataSource;
  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 40 });
    insurance = hub.subgraphs['medical-insurance'].database.dataSource;
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  // As medical insurance's own system, which sees counts of its insured persons exactly.
  const insuredOn = async (asOf: string) => {
    const [area] = expectData(
      await hub.query(M16_INSURED, { asOf, areaCodes: [DISTRICT] }, 'medical-insurance-system'),
    ).indicatorAreas;
    return Number(area.indicators?.[0]?.numerator ?? 0);
  };

  it('counts an enrolment from the day its person turns 60 until its suspension takes effect', async () => {
    const before = { eve: await insuredOn('2024-02-28'), birthday: await insuredOn('2024-02-29') };
    // Born on 29 February 1964: 60 on 29 February 2024, the day yearsBefore gives back that birth date.
    const { personKey } = await anLtciEnrolment(hub)
      .bornOn('1964-02-29')
      .inDistrict(DISTRICT)
      .since('2023-05-01')
      .enrol();
    expect(await insuredOn('2024-02-28')).toBe(before.eve);
    expect(await insuredOn('2024-02-29')).toBe(before.birthday + 1);

    const stillActive = await insuredOn('2025-03-31');
    await changeLtciStatus(hub, personKey, 'SUSPENDED', '2025-04-01');
    expect(await insuredOn('2025-03-31')).toBe(stillActive);
    expect(await insuredOn('2025-04-01')).toBe((await insuredOn('2025-03-31')) - 1);
  });

  it('equals a count of the enrolments after enrolments, suspensions, resumptions and ends', async () => {
    const people = await Promise.all(
      ['1950-03-04', '1958-12-31', '1964-02-29', '1966-07-01'].map((birthDate, i) =>
        (i % 2 ? anLtciEnrolment(hub).employee() : anLtciEnrolment(hub))
          .bornOn(birthDate)
          .inDistrict(DISTRICT)
          .since('2024-06-01')
          .enrol(),
      ),
    );
    await changeLtciStatus(hub, people[0].personKey, 'SUSPENDED', '2025-01-15');
    await changeLtciStatus(hub, people[0].personKey, 'ACTIVE', '2025-02-15');
    await changeLtciStatus(hub, people[1].personKey, 'ENDED', '2025-05-01');
    await changeLtciStatus(hub, people[2].personKey, 'SUSPENDED', '2025-07-01');

    const kept = await tally(insurance);
    await plainTransaction(insurance, recountInsuredElders);
    expect(await tally(insurance)).toEqual(kept);
  });
});
