import mysql from 'mysql2/promise';

/** Creates a department's database on a server where the caller may (development, CI, tests). */
export function ensureMysqlDatabase(url: string, database: string): Promise<void> {
  return onServer(
    url,
    `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
}

/** Drops a department's database; for tests and reseeding, which start from nothing. */
export function dropMysqlDatabase(url: string, database: string): Promise<void> {
  return onServer(url, `DROP DATABASE IF EXISTS \`${database}\``);
}

async function onServer(url: string, statement: string): Promise<void> {
  const server = new URL(url);
  server.pathname = '/';
  const connection = await mysql.createConnection(server.toString());
  try {
    await connection.query(statement);
  } finally {
    await connection.end();
  }
}
