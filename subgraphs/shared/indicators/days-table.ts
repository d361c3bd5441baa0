import type { DataSource } from 'typeorm';

/**
 * The days of one composition call as a derived table, so a department reads the figures of every
 * day asked (an indicator series: 24 month ends) in the statements of one day: each GROUP BY joins
 * it and groups by `d.day` as well. Each row carries `day` and whatever bounds the caller derives
 * from it in TypeScript (a birth date cut-off, a month), since those are not computed the same way
 * by both databases. A UNION ALL of bound values: valid on SQLite and MariaDB alike.
 */
export interface DaysTable {
  /** `(SELECT :…0 AS day, … UNION ALL SELECT …)`, to be aliased by the caller. */
  sql: string;
  /** Its named parameters, to be merged with the statement's own. */
  params: Record<string, unknown>;
}

export function daysTable(
  days: readonly string[],
  columnsOf: (day: string) => Record<string, string | number> = () => ({}),
): DaysTable {
  if (days.length === 0) throw new Error('a table of days needs at least one day');
  const params: Record<string, unknown> = {};
  const rows = days.map((day, i) => {
    const columns = { day, ...columnsOf(day) };
    return `SELECT ${Object.entries(columns)
      .map(([name, value]) => {
        params[`daysTable_${name}_${i}`] = value;
        return `:daysTable_${name}_${i} AS ${name}`;
      })
      .join(', ')}`;
  });
  return { sql: `(${rows.join(' UNION ALL ')})`, params };
}

/** Runs SQL with named parameters (`:day`, `:...codes`) on either database: for statements that join a table of days. */
export async function queryNamed<T>(
  dataSource: DataSource,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [query, values] = dataSource.driver.escapeQueryWithParameters(sql, params);
  return dataSource.query(query, values);
}
