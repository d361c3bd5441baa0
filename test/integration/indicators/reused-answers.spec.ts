import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Department } from '../../../subgraphs/shared/departments';
import { graphql } from '../../support/graphql';
import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

/**
 * Issue 18: a department answers a composition call it answered before from memory while its change
 * log has not moved — so the joint meeting's report repeats in milliseconds — and never once it has
 * (a write shows in the next report), nor for an answer that read person-level data (each read
 * leaves its audit entry). Differences of counters, as other files share the hub.
 */

const M16 = graphql(`
  query ReusedAnswersM16($areaCodes: [ID!]) {
    indicatorAreas(areaCodes: $areaCodes) {
      areaCode
      indicators(codes: ["M16"]) {
        numerator
        denominator
      }
    }
  }
`);

const HEALTH_TRAIL = graphql(`
  query ReusedAnswersHealthTrail($personKey: ID!) {
    healthAuditTrail(filter: { personKey: $personKey }, page: { limit: 10 }) {
      total
    }
  }
`);

const STAYS = graphql(`
  query ReusedAnswersStays($personKey: ID!) {
    elder(personKey: $personKey) {
      personKey
      hospitalStays {
        admittedOn
      }
    }
  }
`);

async function reuses(hub: TestHub, department: Department): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(new URL('metrics', hub.subgraphUrl(department)))).text();
  const count = (result: string) =>
    Number(
      new RegExp(`^hub_answer_cache_lookups_total\\{[^}]*result="${result}"[^}]*\\} (\\S+)$`, 'm').exec(text)?.[1] ?? 0,
    );
  return { hit: count('hit'), miss: count('miss') };
}

describe.each(DATABASE_TARGETS)('answers reused until a department writes (%s)', (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  const report = async () => expectData(await hub.query(M16, { areaCodes: ['371003'] }, 'analyst')).indicatorAreas;

  it('answers a repeated report from memory, and shows a write in the next one', async () => {
    const first = await report();
    const denominator = Number(first[0].indicators?.[0]?.denominator);
    const before = { civil: await reuses(hub, 'civil-affairs'), joint: await reuses(hub, 'joint-meeting') };
    expect(await report()).toEqual(first);
    const civil = await reuses(hub, 'civil-affairs');
    const joint = await reuses(hub, 'joint-meeting');
    expect(civil.hit - before.civil.hit).toBeGreaterThanOrEqual(1);
    expect(civil.miss - before.civil.miss).toBe(0);
    expect(joint.hit - before.joint.hit).toBeGreaterThanOrEqual(1);

    await anElder(hub).livingIn('371003').bornOn('1950-03-04').register();
    const after = await report();
    expect(after[0].indicators?.[0]?.denominator).toBe(denominator + 1);
    expect((await reuses(hub, 'civil-affairs')).miss - civil.miss).toBeGreaterThanOrEqual(1);
  });

  it('does not reuse an answer that read person-level data: every read leaves its audit entry', async () => {
    const { personKey } = await anElder(hub).withIdFrom('371002').bornOn('1944-05-06').register();
    const entries = async () =>
      expectData(await hub.query(HEALTH_TRAIL, { personKey }, 'auditor')).healthAuditTrail.total;
    const earlier = await entries();
    const before = await reuses(hub, 'health');
    for (let i = 0; i < 2; i++) expectData(await hub.query(STAYS, { personKey }, 'civil-affairs-system'));
    expect(await entries()).toBe(earlier + 2);
    expect((await reuses(hub, 'health')).hit).toBe(before.hit);
  });
});
