import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createLogger } from '../../../../subgraphs/shared/logging/logger';
import {
  BACKSTOP_AUTOCHECKPOINT_PAGES,
  releaseWalCheckpoints,
  startWalCheckpointer,
  type WalCheckpointer,
} from '../../../../subgraphs/shared/db/wal-checkpointer';

describe('the WAL checkpointer of embedded databases', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wal-checkpointer-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** A department's file in WAL mode, as the service opens it. */
  const department = (name: string) => {
    const file = path.join(folder, `${name}.sqlite`);
    // No waiting on a lock: a switch the checkpointer's connection stands in the way of fails at once.
    const database = new BetterSqlite3(file, { timeout: 0 });
    database.pragma('journal_mode = WAL');
    database.exec('CREATE TABLE row (id integer PRIMARY KEY, body text NOT NULL)');
    return { file, database, connection: { query: (sql: string) => Promise.resolve(database.exec(sql)) } };
  };

  /** The first checkpoint to copy a WAL of at least `frames` frames whole (a report sent before the commits may still be on its way). */
  const checkpointOf = async (checkpointer: WalCheckpointer, frames: number) => {
    for (;;) {
      const checkpoint = await checkpointer.next();
      if (checkpoint.log >= frames && checkpoint.checkpointed === checkpoint.log) return checkpoint;
    }
  };

  const log = createLogger('wal-checkpointer-test', 'error');

  /** About 1,000 pages: past SQLite's own automatic checkpoint, which the service no longer runs. */
  const writePages = (database: BetterSqlite3.Database) => {
    const insert = database.prepare('INSERT INTO row (body) VALUES (?)');
    database.transaction(() => {
      for (let row = 0; row < 1000; row++) insert.run('x'.repeat(3000));
    })();
  };

  it('copies each service’s commits into its file from a thread of its own, and stops', async () => {
    const departments = [department('civil-affairs'), department('health')];
    const checkpointers = await Promise.all(
      departments.map(({ file, connection }) => startWalCheckpointer(file, connection, log)),
    );
    try {
      for (const [i, { file, database }] of departments.entries()) {
        expect(database.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_AUTOCHECKPOINT_PAGES);
        const sizeBefore = fs.statSync(file).size;
        writePages(database);
        expect((await checkpointOf(checkpointers[i], 750)).busy).toBe(0);
        expect(fs.statSync(file).size - sizeBefore).toBeGreaterThan(3_000_000);
      }
    } finally {
      await Promise.all(checkpointers.map((checkpointer) => checkpointer.stop()));
      for (const { database } of departments) database.close();
    }
    // Two checkpoints a second apart at the least, however loaded the machine.
  }, 30_000);

  it('lets go of a file while a bulk load takes it out of WAL mode, then checkpoints it again', async () => {
    const { file, database, connection } = department('finance');
    const checkpointer = await startWalCheckpointer(file, connection, log);
    try {
      await checkpointer.next();
      expect(() => database.pragma('journal_mode = MEMORY')).toThrow('database is locked');
      const resume = await releaseWalCheckpoints(file);
      expect(database.pragma('journal_mode = MEMORY', { simple: true })).toBe('memory');
      database.pragma('journal_mode = WAL');
      resume();
      const sizeBefore = fs.statSync(file).size;
      writePages(database);
      await checkpointOf(checkpointer, 750);
      expect(fs.statSync(file).size - sizeBefore).toBeGreaterThan(3_000_000);
    } finally {
      await checkpointer.stop();
      database.close();
    }
  }, 30_000);
});
