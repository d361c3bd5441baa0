import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { transformFileSync } from '@swc/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Column, DataSource, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { insertRows } from '../../../../subgraphs/shared/seed/insert-rows';
import { TablesBeside } from '../../../../subgraphs/shared/seed/tables-beside';

/** A table shaped like seeding's large ones: an autoincrement id, a unique random key, a default, an index. */
@Entity('payment')
class Payment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', unique: true })
  key!: string;

  @Index()
  @Column({ type: 'integer' })
  amountFen!: number;

  @Column({ type: 'boolean', default: true })
  paid!: boolean;

  @Column({ type: 'varchar', nullable: true })
  note!: string | null;
}

const ROWS = Array.from({ length: 5000 }, (_, i) => ({
  key: `k${(i * 7919) % 5000}`,
  amountFen: i % 97,
  // Every third row leaves `paid` to the table's default: another shape, another statement.
  ...(i % 3 ? { paid: i % 2 === 0 } : {}),
  note: i % 5 ? null : `note ${i}`,
}));

describe('writing tables in a second thread (TablesBeside)', () => {
  let directory: string;
  let workerFile: string;

  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'tables-beside-'));
    // The thread runs JavaScript: compile its source next to it, where it finds better-sqlite3.
    workerFile = path.join(__dirname, `.tables-beside-worker.${process.pid}.js`);
    const source = path.join(__dirname, '../../../../subgraphs/shared/seed/tables-beside-worker.ts');
    fs.writeFileSync(
      workerFile,
      transformFileSync(source, { jsc: { parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }).code,
    );
  });

  afterAll(() => {
    fs.rmSync(workerFile, { force: true });
    fs.rmSync(directory, { recursive: true, force: true });
  });

  async function seeded(file: string, beside: (dataSource: DataSource) => TablesBeside) {
    const dataSource = await new DataSource({
      type: 'better-sqlite3',
      database: path.join(directory, file),
      entities: [Payment],
      synchronize: true,
    }).initialize();
    const writer = beside(dataSource);
    let running = false;
    try {
      await dataSource.transaction(async (manager) => {
        await writer.start(manager, [Payment]);
        running = writer.running;
        await insertRows(manager, Payment, ROWS.slice(0, 1234));
        await insertRows(manager, Payment, ROWS.slice(1234));
        await writer.copyIn(manager);
      });
    } finally {
      await writer.close();
    }
    const rows = await dataSource.query<unknown[]>('SELECT * FROM payment ORDER BY id');
    const sequence = await dataSource.query<unknown[]>('SELECT * FROM sqlite_sequence');
    const indexes = await dataSource.query<unknown[]>(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'payment' ORDER BY name",
    );
    await dataSource.destroy();
    return { rows, sequence, indexes, running };
  }

  it('gives the same rows, ids, sequence and indexes as inserting them in the seeding thread', async () => {
    const direct = await seeded('direct.sqlite', (dataSource) => new TablesBeside(dataSource, 'not-compiled.ts'));
    const beside = await seeded('beside.sqlite', (dataSource) => new TablesBeside(dataSource, workerFile));
    expect([direct.running, beside.running]).toEqual([false, true]);
    expect(beside.rows).toHaveLength(ROWS.length);
    expect(beside.rows).toEqual(direct.rows);
    expect(beside.sequence).toEqual(direct.sequence);
    expect(beside.indexes).toEqual(direct.indexes);
    expect(fs.readdirSync(directory).sort()).toEqual(['beside.sqlite', 'direct.sqlite']);
  });
});
