import { Column, Entity, type EntityManager, PrimaryColumn } from 'typeorm';
import { chunksOf } from '../bulk/bulk-limits';
import { IN_LIST_SIZE } from '../bulk/find-in';

/**
 * Rows that exist only to be locked: a rule about records that may not exist yet (no two open
 * stays of one person, one operating clinic per institution) has no row of its own to lock.
 */
@Entity('write_lock')
export class WriteLock {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  scope: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  subject: string;

  @Column({ type: 'boolean', default: true })
  held: boolean;
}

/**
 * Serialises, until the transaction ends, every write that locks the same scope and subject.
 * MySQL: the row is created if missing, then locked; the embedded database serialises all writes already.
 */
export async function lockSubject(manager: EntityManager, scope: string, subject: string): Promise<void> {
  if (manager.connection.options.type === 'better-sqlite3') return;
  await manager.query('INSERT IGNORE INTO `write_lock` (`scope`, `subject`, `held`) VALUES (?, ?, 1)', [
    scope,
    subject,
  ]);
  await manager.query('SELECT `scope` FROM `write_lock` WHERE `scope` = ? AND `subject` = ? FOR UPDATE', [
    scope,
    subject,
  ]);
}

/**
 * `lockSubject` for many subjects at once (a bulk load's persons), in two statements per few
 * thousand subjects, in subject order so that two loads cannot lock each other's in reverse.
 */
export async function lockSubjects(manager: EntityManager, scope: string, subjects: readonly string[]): Promise<void> {
  if (manager.connection.options.type === 'better-sqlite3') return;
  for (const chunk of chunksOf([...new Set(subjects)].sort(), IN_LIST_SIZE)) {
    if (!chunk.length) continue;
    await manager.query(
      `INSERT IGNORE INTO \`write_lock\` (\`scope\`, \`subject\`, \`held\`) VALUES ${chunk.map(() => '(?, ?, 1)').join(', ')}`,
      chunk.flatMap((subject) => [scope, subject]),
    );
    await manager.query(
      `SELECT \`scope\` FROM \`write_lock\` WHERE \`scope\` = ? AND \`subject\` IN (${chunk.map(() => '?').join(', ')}) FOR UPDATE`,
      [scope, ...chunk],
    );
  }
}
