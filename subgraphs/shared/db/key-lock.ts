import { Column, Entity, type EntityManager, PrimaryColumn } from 'typeorm';

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
