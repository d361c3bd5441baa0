import type { DataSource } from 'typeorm';

/** A statement a request sent, with the parameters it was first seen with. */
export interface SentStatement {
  sql: string;
  parameters: readonly unknown[];
}

/** One step of a plan, and why it reads more rows than an index would, if it does. */
export interface PlanStep {
  text: string;
  problem?: string;
}

/** One read's plan and how long it took on its own. */
export interface CheckedPlan {
  sql: string;
  ms: number;
  steps: PlanStep[];
}

/** What makes a plan a finding: a whole-table scan of more than `bigTable` rows, or a read slower than `slowMs`. */
export interface PlanLimits {
  bigTable: number;
  slowMs: number;
}

/** Reads are what a plan can get wrong; writes go by primary key or unique index by construction. */
function isRead(sql: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(sql);
}

/** Keeps each distinct read once, with its first parameters: a statement's plan does not change with the values bound. */
export function distinctReads(statements: readonly SentStatement[]): SentStatement[] {
  const seen = new Map<string, SentStatement>();
  for (const statement of statements)
    if (isRead(statement.sql) && !seen.has(statement.sql)) seen.set(statement.sql, statement);
  return [...seen.values()];
}

export function isFinding(plan: CheckedPlan, limits: PlanLimits): boolean {
  return plan.ms > limits.slowMs || plan.steps.some((step) => step.problem);
}

async function tableSizes(dataSource: DataSource): Promise<Map<string, number>> {
  const names: { name: string }[] = await dataSource.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  );
  const sizes = new Map<string, number>();
  for (const { name } of names) {
    const [{ rows }] = await dataSource.query<{ rows: number }[]>(`SELECT COUNT(*) AS rows FROM "${name}"`);
    sizes.set(name, Number(rows));
  }
  return sizes;
}

/** The table each alias of a statement stands for: SQLite's plan names aliases (`FROM "medical_institution" "institution"`). */
function aliases(sql: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, table, alias] of sql.matchAll(/\b(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?"?(\w+)"?)?/gi))
    found.set(alias && !/^(WHERE|ON|LEFT|INNER|JOIN|GROUP|ORDER|LIMIT)$/i.test(alias) ? alias : table, table);
  return found;
}

/** A full scan in table order (no index, so every row is read) of a table larger than the limit. */
function sqliteProblem(detail: string, tableOf: Map<string, string>, sizes: Map<string, number>, bigTable: number) {
  const scan = /^SCAN (\S+)(.*)$/.exec(detail);
  if (!scan || /USING (COVERING )?INDEX/.test(scan[2])) return undefined;
  // A name that is no table is a derived table or a subquery's result: its scan reads what it built.
  const rows = sizes.get(tableOf.get(scan[1]) ?? scan[1]);
  return rows !== undefined && rows > bigTable ? `full scan of ${rows} rows` : undefined;
}

interface MysqlPlanRow {
  table: string | null;
  type: string | null;
  key: string | null;
  rows: number | string | null;
  Extra: string | null;
}

/** MariaDB estimates the rows each step reads: a full scan over more than the limit is the finding. */
function mysqlProblem(row: MysqlPlanRow, bigTable: number): string | undefined {
  const rows = Number(row.rows ?? 0);
  return row.type === 'ALL' && rows > bigTable ? `full scan of ~${rows} rows` : undefined;
}

/**
 * EXPLAINs each read on the database it was sent to (`EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN` on
 * MariaDB) and runs it once on its own to time it: a whole-table scan of a large table is a finding
 * by its plan; a sort or an index walk over many rows shows in the time.
 */
export async function checkPlans(
  dataSource: DataSource,
  reads: readonly SentStatement[],
  limits: PlanLimits,
): Promise<CheckedPlan[]> {
  const embedded = dataSource.options.type === 'better-sqlite3';
  const sizes = embedded ? await tableSizes(dataSource) : new Map<string, number>();
  const checked: CheckedPlan[] = [];
  for (const { sql, parameters } of reads) {
    let steps: PlanStep[];
    if (embedded) {
      const rows: { detail: string }[] = await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, [...parameters]);
      const tableOf = aliases(sql);
      steps = rows.map((row) => ({
        text: row.detail,
        problem: sqliteProblem(row.detail, tableOf, sizes, limits.bigTable),
      }));
    } else {
      const rows: MysqlPlanRow[] = await dataSource.query(`EXPLAIN ${sql}`, [...parameters]);
      steps = rows.map((row) => ({
        text: `${row.table} ${row.type} key=${row.key ?? '-'} rows=${row.rows} ${row.Extra ?? ''}`.trim(),
        problem: mysqlProblem(row, limits.bigTable),
      }));
    }
    const started = performance.now();
    await dataSource.query(sql, [...parameters]);
    checked.push({ sql, ms: performance.now() - started, steps });
  }
  return checked;
}
