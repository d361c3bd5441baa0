import mysql from 'mysql2/promise';
import { TEST_DATABASE_PREFIX } from './hub-launch';

/**
 * The integration project's global set-up: drops the MySQL test databases of jest runs that are no
 * longer alive (a run killed before its hubs stopped), leaving those of runs still going.
 */
export default function sweepTestDatabases(): Promise<void> {
  return dropTestDatabases({ alsoOfRun: undefined });
}

/** Drops the test databases of dead jest runs and, at the end of a run, the run's own. */
export async function dropTestDatabases({ alsoOfRun }: { alsoOfRun: number | undefined }): Promise<void> {
  const url = process.env.TEST_MYSQL_URL;
  if (!url) return;
  const connection = await mysql.createConnection(url);
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SHOW DATABASES LIKE ?', [`${TEST_DATABASE_PREFIX}%`]);
    for (const row of rows) {
      const database = String(Object.values(row)[0]);
      const run = Number(/^weihai_test_(\d+)_/.exec(database)?.[1]);
      if (run && (run === alsoOfRun || !isAlive(run)))
        await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    }
  } finally {
    await connection.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
