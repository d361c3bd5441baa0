import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { readAuditHead } from '../audit/audit-chain';
import { lastVerification } from '../audit/last-verification';
import type { SqlLogger } from '../db/sql-logger';

/** Operation names are the clients' to choose: past this many distinct ones, new names count as `other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** Request latencies from a few milliseconds (a lookup) to the gateway's timeouts. */
const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * One service's Prometheus metrics, in a registry of its own: the embedded hub runs six services in
 * one process, and each `/metrics` must count only its own service. Labels are bounded: operation
 * names (capped), outcomes, error codes and department names — never a person key or a query.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly requests = new Counter({
    name: 'hub_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name, outcome (ok, refused: a client error, failed: an internal one) and first error code.',
    labelNames: ['operation', 'outcome', 'code'] as const,
    registers: [this.registry],
  });

  readonly requestSeconds = new Histogram({
    name: 'hub_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by outcome.',
    labelNames: ['outcome'] as const,
    buckets: LATENCY_BUCKETS_S,
    registers: [this.registry],
  });

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The label for a request's operation name: itself while the set of names seen is small, else `other`. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** A department's database: statements sent and, on MySQL, its connection pool. */
  watchDatabase(dataSource: DataSource, sql: SqlLogger): void {
    new Counter({
      name: 'hub_sql_statements_total',
      help: 'SQL statements this service has sent to its database (divide by hub_graphql_requests_total for statements per request).',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(sql.statements);
      },
    });
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'The MySQL connection pool: connections open (state=open), idle (state=idle) and requests waiting for one (state=waiting). Absent on the embedded database.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = mysqlPool(dataSource);
        if (!pool) return;
        this.set({ state: 'open' }, pool._allConnections?.length ?? 0);
        this.set({ state: 'idle' }, pool._freeConnections?.length ?? 0);
        this.set({ state: 'waiting' }, pool._connectionQueue?.length ?? 0);
      },
    });
  }

  /**
   * A department's audit chain: entries written (the head's sequence number, so every instance sharing
   * the database reports the same count and a restart does not reset it) and its latest verification.
   */
  watchAudit(dataSource: DataSource): void {
    new Counter({
      name: 'hub_audit_entries_total',
      help: 'Entries in this department’s audit chain (its head’s sequence number): rate() is entries written.',
      registers: [this.registry],
      async collect() {
        // A scrape must answer while the database does not (the pool gauge and /readyz say why): the last count stays.
        const head = await readAuditHead(dataSource.manager).catch(() => undefined);
        if (head === undefined) return;
        this.reset();
        this.inc(head?.sequence ?? 0);
      },
    });
    // "Broken", not "valid": a gauge without labels reads 0 until set, which must not mean broken before any verification.
    new Gauge({
      name: 'hub_audit_chain_broken',
      help: '1 when this service’s latest verification found its department’s audit chain broken (altered, missing or unlinked entries, or a checkpoint disagreeing), else 0.',
      registers: [this.registry],
      collect() {
        this.set(lastVerification(dataSource)?.valid === false ? 1 : 0);
      },
    });
    new Gauge({
      name: 'hub_audit_chain_verified_timestamp_seconds',
      help: 'When this service last verified its department’s audit chain (Unix time); 0 until it has since it started.',
      registers: [this.registry],
      collect() {
        this.set((lastVerification(dataSource)?.at.getTime() ?? 0) / 1000);
      },
    });
  }
}

/** mysql2's pool keeps its connections in these queues; they are read, never changed. */
interface Mysql2PoolState {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

function mysqlPool(dataSource: DataSource): Mysql2PoolState | undefined {
  if (!dataSource.isInitialized || dataSource.options.type === 'better-sqlite3') return undefined;
  return (dataSource.driver as unknown as { pool?: Mysql2PoolState }).pool;
}
