import { describe, expect, it } from '@jest/globals';
import { LOGGED_STATEMENT_CHARS, SqlLogger } from '../../../../subgraphs/shared/db/sql-logger';
import type { Logger } from '../../../../subgraphs/shared/logging/logger';

/** A logger that keeps what it is given. */
function capturing(): { log: Logger; lines: Array<{ message: string; fields: Record<string, unknown> }> } {
  const lines: Array<{ message: string; fields: Record<string, unknown> }> = [];
  const keep = (message: string, fields: Record<string, unknown> = {}) => lines.push({ message, fields });
  const log = { debug: keep, info: keep, warn: keep, error: keep, child: () => log } as unknown as Logger;
  return { log, lines };
}

describe('SQL in the service log', () => {
  it('carries a short statement whole', () => {
    const { log, lines } = capturing();
    new SqlLogger(log).logQuerySlow(700, 'SELECT 1 FROM elder WHERE personKey = ?');
    expect(lines).toEqual([
      { message: 'slow sql', fields: { ms: 700, query: 'SELECT 1 FROM elder WHERE personKey = ?' } },
    ]);
  });

  it('carries the beginning of a seeding INSERT and its length, not 90 KB of placeholders', () => {
    const { log, lines } = capturing();
    const row = `(${Array(15).fill('?').join(', ')})`;
    const insert = `INSERT INTO \`elder\` (\`personKey\`) VALUES ${Array(2000).fill(row).join(', ')}`;
    new SqlLogger(log).logQuerySlow(700, insert);
    const query = String(lines[0].fields.query);
    expect(query.startsWith(insert.slice(0, LOGGED_STATEMENT_CHARS))).toBe(true);
    expect(query).toMatch(new RegExp(`… \\(${insert.length.toLocaleString('en')} characters\\)$`));
    expect(query.length).toBeLessThan(LOGGED_STATEMENT_CHARS + 40);
  });
});
