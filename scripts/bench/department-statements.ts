import type { RunningSubgraph } from '../../subgraphs/shared/server/start-subgraph';

/** A statement of the audit's: one that names an audit table, or a transaction's control (a read opens none but its audit entry's). */
const AUDIT_STATEMENT = /audit_|^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SET TRANSACTION)/i;
const COMMIT = /^\s*COMMIT/i;

/**
 * Counts the SQL statements each department runs while started, and how many of them are the audit's,
 * by wrapping each database's statement logger (the bench runs the hub in one process).
 */
export function departmentStatementCounter(subgraphs: Record<string, RunningSubgraph>) {
  const counts = new Map<string, { total: number; audit: number; commits: number }>();
  const originals = new Map<string, (query: string, ...rest: unknown[]) => void>();
  let running = false;
  for (const [department, subgraph] of Object.entries(subgraphs)) {
    const logger = subgraph.database.sql as unknown as { logQuery: (query: string, ...rest: unknown[]) => void };
    const original = logger.logQuery.bind(logger);
    originals.set(department, original);
    logger.logQuery = (query, ...rest) => {
      if (running) {
        const count = counts.get(department) ?? { total: 0, audit: 0, commits: 0 };
        count.total++;
        if (AUDIT_STATEMENT.test(query)) count.audit++;
        if (COMMIT.test(query)) count.commits++;
        counts.set(department, count);
      }
      original(query, ...rest);
    };
  }
  return {
    start() {
      counts.clear();
      running = true;
    },
    stop() {
      running = false;
    },
    /** Statements per department and per request over `requests` requests, e.g. `civil-affairs 9.0 (audit 5.0)`. */
    describe(requests: number): string {
      return [...counts.entries()]
        .map(
          ([department, { total, audit }]) =>
            `${department} ${(total / requests).toFixed(1)} (audit ${(audit / requests).toFixed(1)})`,
        )
        .join(', ');
    },
    /** All departments' statements per request, the audit's among them, and commits (a read commits only its audit entries). */
    totals(requests: number): { total: number; audit: number; commits: number } {
      let total = 0;
      let audit = 0;
      let commits = 0;
      for (const count of counts.values()) {
        total += count.total;
        audit += count.audit;
        commits += count.commits;
      }
      return { total: total / requests, audit: audit / requests, commits: commits / requests };
    },
  };
}
