import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { Department } from '../../../subgraphs/shared/departments';
import { installSpanExporter } from '../../../subgraphs/shared/tracing/service-tracing';
import { anElder, anInstitution } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import {
  DATABASE_TARGETS,
  type DatabaseTarget,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  startTestHub,
} from '../../support/test-hub';

/**
 * Issue 16, item 3: one request through the gateway is one trace, from the gateway through each
 * department it called down to their SQL, linked by the `traceparent` header the gateway sends; and
 * no span carries the person asked about or the caller's token. Its own hub, whose services (all in
 * this process) export their spans to the SDK's in-memory exporter.
 */

/** An elder (civil affairs) with their health bed (health), and institutions with their certified carers (human resources). */
const PROBE = `query TracingProbe($idNumber: String!) {
  elderByIdNumber(idNumber: $idNumber) { personKey name currentHealthBed { __typename } }
  institutions(page: { limit: 3 }) { items { code certifiedShare { numerator denominator } } }
}`;
const TOUCHED: Department[] = ['civil-affairs', 'health', 'human-resources'];

const serviceOf = (span: ReadableSpan) => String(span.resource.attributes['service.name']);

describe.each(DATABASE_TARGETS)('traces on %s', (target: DatabaseTarget) => {
  const exporter = new InMemorySpanExporter();
  let hub: OwnTestHub;
  beforeAll(async () => {
    installSpanExporter(exporter);
    hub = await startTestHub(target);
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.stop();
    installSpanExporter(undefined);
  });

  it('follow a request from the gateway through each department it called to their SQL, as one trace without a person in it', async () => {
    const name = '钟秀英';
    const { idNumber } = await anElder(hub).named(name).register();
    await anInstitution(hub).register();
    const token = await hub.tokenFor('civil-affairs-system');
    exporter.reset();

    const result = expectData(await hub.query<{ elderByIdNumber: { name: string } }>(PROBE, { idNumber }));
    expect(result.elderByIdNumber.name).toBe(name);

    const spans = exporter.getFinishedSpans();
    const operation = spans.find((span) => serviceOf(span) === 'gateway' && span.name === 'query TracingProbe');
    expect(operation?.attributes).toEqual({
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'TracingProbe',
    });
    const traceId = operation!.spanContext().traceId;
    const trace = spans.filter((span) => span.spanContext().traceId === traceId);
    const byId = new Map(trace.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');

    expect(new Set(trace.map(serviceOf))).toEqual(new Set(['gateway', ...TOUCHED]));
    for (const department of TOUCHED) {
      const servers = trace.filter((span) => serviceOf(span) === department && span.name === 'POST');
      expect(servers.length).toBeGreaterThanOrEqual(1);
      for (const server of servers) {
        // Linked through the header: the parent is remote, and it is the gateway's fetch from this department.
        expect(server.parentSpanContext?.isRemote).toBe(true);
        const fetch = parentOf(server);
        expect({
          service: fetch && serviceOf(fetch),
          name: fetch?.name,
          department: fetch?.attributes.service,
        }).toEqual({
          service: 'gateway',
          name: 'gateway.fetch',
          department,
        });
      }
      const sql = trace.filter((span) => serviceOf(span) === department && span.attributes['db.system.name']);
      expect(sql.length).toBeGreaterThanOrEqual(1);
      for (const statement of sql) {
        expect(statement.name).toMatch(/^[A-Z]+( \w+)?$/);
        // Up the tree within the department: its operation span, then its server span.
        const operationSpan = parentOf(statement);
        expect(operationSpan && serviceOf(operationSpan)).toBe(department);
        expect(servers).toContain(parentOf(operationSpan!));
      }
    }

    const everything = JSON.stringify(
      spans.map((span) => ({
        name: span.name,
        attributes: span.attributes,
        resource: span.resource.attributes,
        events: span.events,
        status: span.status,
      })),
    );
    for (const secret of [idNumber, idNumber.slice(0, 17), name, token, token.split('.')[2]])
      expect(everything).not.toContain(secret);
  });
});
