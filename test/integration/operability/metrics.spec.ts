import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditRecord } from '../../../subgraphs/shared/audit/audit-record.entity';
import type { Department } from '../../../subgraphs/shared/departments';
import { anElder } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import {
  DATABASE_TARGETS,
  type DatabaseTarget,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  sharedHub,
  startTestHub,
  type TestHub,
} from '../../support/test-hub';

/**
 * Issue 16, item 2: every service answers `GET /metrics` in Prometheus' text format, and a request
 * through the gateway moves the gateway's request counter, its fetch counter for each department it
 * called and that department's SQL statements. Reads the seeded hub; other files' requests move the
 * same counters, so each assertion is about the difference this file's own named operation made.
 */

/** Civil affairs' institutions with human resources' share of certified carers: one call to each department. */
const PROBE = `query MetricsProbe { institutions(page: { limit: 3 }) { items { code certifiedShare { numerator denominator } } } }`;
/** Planned once, then answered from the gateway's plan cache: no other file sends this operation. */
const PLANNED_ONCE = `query MetricsPlanCache { institutions(page: { limit: 1 }) { total } }`;
/** Elders' names: person-level data, whose reading civil affairs writes to its audit chain. */
const NAMES = `query MetricsAuditedRead { elders(page: { limit: 2 }) { items { personKey name } } }`;
const VERIFY = `query MetricsAuditVerification { civilAffairsAuditVerification { valid } }`;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus' text exposition format, the samples only. */
function samples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

function total(all: Sample[], name: string, labels: Record<string, string> = {}): number {
  return all
    .filter((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value))
    .reduce((sum, s) => sum + s.value, 0);
}

async function scrape(url: string): Promise<Sample[]> {
  const response = await fetch(new URL('metrics', url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  return samples(await response.text());
}

describe.each(DATABASE_TARGETS)('Prometheus metrics on %s', (target: DatabaseTarget) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  const departments: Department[] = ['civil-affairs', 'human-resources'];

  it('count a request through the gateway, its fetch from each department it called and their SQL', async () => {
    const before = {
      gateway: await scrape(hub.gatewayUrl),
      ...Object.fromEntries(await Promise.all(departments.map(async (d) => [d, await scrape(hub.subgraphUrl(d))]))),
    } as Record<'gateway' | Department, Sample[]>;

    expectData(await hub.query(PROBE, {}, 'civil-affairs-system'));

    const gateway = await scrape(hub.gatewayUrl);
    const requests = (s: Sample[]) =>
      total(s, 'hub_graphql_requests_total', { operation: 'MetricsProbe', outcome: 'ok' });
    expect(requests(gateway) - requests(before.gateway)).toBe(1);
    expect(total(gateway, 'hub_graphql_request_duration_seconds_count')).toBeGreaterThan(
      total(before.gateway, 'hub_graphql_request_duration_seconds_count'),
    );
    for (const department of departments) {
      const fetches = (s: Sample[]) => total(s, 'hub_department_fetches_total', { department, outcome: 'ok' });
      expect(fetches(gateway) - fetches(before.gateway)).toBeGreaterThanOrEqual(1);
      const after = await scrape(hub.subgraphUrl(department));
      expect(total(after, 'hub_sql_statements_total')).toBeGreaterThan(
        total(before[department], 'hub_sql_statements_total'),
      );
      expect(total(after, 'hub_graphql_requests_total', { service: department })).toBeGreaterThan(
        total(before[department], 'hub_graphql_requests_total', { service: department }),
      );
      expect(total(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    }
  });

  it('count the gateway’s query-plan cache misses and hits', async () => {
    const lookups = async () => {
      const gateway = await scrape(hub.gatewayUrl);
      return {
        hit: total(gateway, 'hub_query_plan_cache_lookups_total', { result: 'hit' }),
        miss: total(gateway, 'hub_query_plan_cache_lookups_total', { result: 'miss' }),
      };
    };
    const before = await lookups();
    expectData(await hub.query(PLANNED_ONCE));
    const planned = await lookups();
    expect({ hit: planned.hit - before.hit, miss: planned.miss - before.miss }).toEqual({ hit: 0, miss: 1 });
    expectData(await hub.query(PLANNED_ONCE));
    const reused = await lookups();
    expect({ hit: reused.hit - planned.hit, miss: reused.miss - planned.miss }).toEqual({ hit: 1, miss: 0 });
  });

  it('count the audit entries a department writes, and report its chain intact once verified', async () => {
    const civilAffairs = hub.subgraphUrl('civil-affairs');
    const before = await scrape(civilAffairs);
    expectData(await hub.query(NAMES));
    const after = await scrape(civilAffairs);
    expect(total(after, 'hub_audit_entries_total') - total(before, 'hub_audit_entries_total')).toBe(1);

    const verifiedFrom = Date.now() / 1000;
    expect(expectData(await hub.query(VERIFY, {}, 'auditor'))).toEqual({
      civilAffairsAuditVerification: { valid: true },
    });
    const verified = await scrape(civilAffairs);
    expect(total(verified, 'hub_audit_chain_broken')).toBe(0);
    expect(total(verified, 'hub_audit_chain_verified_timestamp_seconds')).toBeGreaterThanOrEqual(
      Math.floor(verifiedFrom),
    );
  });

  it('labels no person: only bounded names, outcomes, codes and departments', async () => {
    const labels = new Set((await scrape(hub.gatewayUrl)).flatMap((s) => Object.keys(s.labels)));
    for (const label of labels)
      expect([
        'service',
        'operation',
        'outcome',
        'code',
        'department',
        'le',
        'quantile',
        'type',
        'version',
        'major',
        'minor',
        'patch',
        'space',
        'kind',
        'result',
      ]).toContain(label);
  });
});

describe.each(DATABASE_TARGETS)('the audit chain gauge on %s', (target: DatabaseTarget) => {
  // A hub of its own: the test alters an audit entry, which would break every other file's chain.
  let hub: OwnTestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  it('reports the chain broken once a verification finds an altered entry (what the AuditChainBroken alert reads)', async () => {
    await anElder(hub).register();
    expectData(await hub.query(NAMES));
    const civilAffairs = hub.subgraphUrl('civil-affairs');
    expect(total(await scrape(civilAffairs), 'hub_audit_chain_broken')).toBe(0);

    const { dataSource } = hub.subgraphs['civil-affairs'].database;
    await dataSource.getRepository(AuditRecord).update({ sequence: 1 }, { callerId: 'someone-else' });
    expect(expectData(await hub.query(VERIFY, {}, 'auditor'))).toEqual({
      civilAffairsAuditVerification: { valid: false },
    });
    expect(total(await scrape(civilAffairs), 'hub_audit_chain_broken')).toBe(1);
  });
});
