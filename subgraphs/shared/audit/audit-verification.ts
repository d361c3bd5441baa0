import { type EntityManager, MoreThan } from 'typeorm';
import type { AuditKeyring } from '../config/audit-config';
import type { Department } from '../departments';
import { GENESIS_HASH, keyedAuditHash, readAuditHead, unkeyedAuditHash } from './audit-chain';
import { type AuditCheckpoint, checkpointSigned, storedCheckpoints } from './audit-checkpoint';
import { AuditRecord } from './audit-record.entity';
import { noteVerification } from './last-verification';

export interface ChainCheck {
  valid: boolean;
  /** Entries that check out before the first problem (all of them when valid). */
  checked: number;
  brokenAt: number | null;
  problem: string | null;
  /** The first entry chained with an audit key; the entries before it were written before the chain was keyed. */
  keyedFrom: number | null;
  /** Signed checkpoints checked against the chain: the database's, and those of an exported list. */
  checkpoints: number;
}

/** Checkpoints at one sequence: the database's row, and copies from an exported list of log lines. */
interface CheckpointsAt {
  stored?: AuditCheckpoint;
  exported: AuditCheckpoint[];
}

/**
 * Walks one department's chain entry by entry, in sequence order, and reports the first problem:
 * a missing entry, a broken link, an entry whose HMAC (or, before the chain was keyed, hash) does not
 * match, an unkeyed entry after keyed ones, and signed checkpoints that are forged, disagree with the
 * chain, cover entries that are gone, or (given an exported list) are gone from the database.
 * Pure, so the rules are tested without a database.
 */
export class AuditChainWalker {
  private previous = { sequence: 0, hash: GENESIS_HASH };
  private keyedFrom: number | null = null;
  private problem: { brokenAt: number; problem: string } | null = null;
  private readonly checkpointsAt = new Map<number, CheckpointsAt>();
  private checkpointsChecked = 0;

  constructor(
    private readonly department: Department,
    private readonly keyring: AuditKeyring,
    stored: AuditCheckpoint[],
    exported: AuditCheckpoint[] = [],
  ) {
    for (const checkpoint of stored) this.at(checkpoint.sequence).stored = checkpoint;
    for (const checkpoint of exported)
      if (checkpoint.department === department) this.at(checkpoint.sequence).exported.push(checkpoint);
  }

  /** Checks the next entry; false once a problem is found, when later entries no longer matter. */
  add(record: AuditRecord): boolean {
    if (this.problem) return false;
    const { sequence } = record;
    const expected = this.previous.sequence + 1;
    if (sequence !== expected) return this.broken(expected, `entry ${expected} is missing`);
    if (record.previousHash !== this.previous.hash)
      return this.broken(sequence, `entry ${sequence} does not link to entry ${this.previous.sequence}`);
    if (record.keyId === null) {
      if (this.keyedFrom !== null)
        return this.broken(
          sequence,
          `entry ${sequence} carries no audit key although the chain is keyed from entry ${this.keyedFrom}: it was rewritten without the key`,
        );
      if (unkeyedAuditHash(record) !== record.hash) return this.broken(sequence, `entry ${sequence} was altered`);
    } else {
      const key = this.keyring.keys.get(record.keyId);
      if (key === undefined)
        return this.broken(
          sequence,
          `entry ${sequence} is chained with the audit key "${record.keyId}", which this verifier does not hold`,
        );
      if (keyedAuditHash(record, this.department, key) !== record.hash)
        return this.broken(sequence, `entry ${sequence} was altered`);
      this.keyedFrom ??= sequence;
    }
    if (!this.checkCheckpoints(sequence, record.hash)) return false;
    this.previous = { sequence, hash: record.hash };
    return true;
  }

  /** Ends the walk: checkpoints past the last entry, and the head row agreeing with it. */
  finish(head: { sequence: number; hash: string } | null): ChainCheck {
    const last = this.previous.sequence;
    const beyond = [...this.checkpointsAt.keys()].reduce<number | null>(
      (first, sequence) => (sequence > last && (first === null || sequence < first) ? sequence : first),
      null,
    );
    if (!this.problem && beyond !== null && this.checkSignatures(beyond))
      this.broken(last + 1, `entries after ${last} were removed: a signed checkpoint covers entry ${beyond}`);
    if (!this.problem && head && (head.sequence !== last || head.hash !== this.previous.hash))
      this.broken(last + 1, `entries after ${last} were removed`);
    return {
      valid: this.problem === null,
      checked: last,
      brokenAt: this.problem?.brokenAt ?? null,
      problem: this.problem?.problem ?? null,
      keyedFrom: this.keyedFrom,
      checkpoints: this.checkpointsChecked,
    };
  }

  private at(sequence: number): CheckpointsAt {
    let at = this.checkpointsAt.get(sequence);
    if (!at) this.checkpointsAt.set(sequence, (at = { exported: [] }));
    return at;
  }

  /** The checkpoints at an entry: each signed with a key of the keyring, each naming the entry's value, none missing from the database. */
  private checkCheckpoints(sequence: number, value: string): boolean {
    const at = this.checkpointsAt.get(sequence);
    if (!at) return true;
    if (!this.checkSignatures(sequence)) return false;
    if ([at.stored, ...at.exported].some((checkpoint) => checkpoint && checkpoint.headHash !== value))
      return this.broken(
        sequence,
        `entry ${sequence} differs from its signed checkpoint: the chain up to it was rewritten`,
      );
    if (!at.stored)
      return this.broken(
        sequence,
        `the checkpoint of entry ${sequence} is in the exported list but missing from the database: it was deleted`,
      );
    this.checkpointsChecked += 1;
    return true;
  }

  private checkSignatures(sequence: number): boolean {
    const { stored, exported } = this.checkpointsAt.get(sequence)!;
    if (stored && !checkpointSigned(stored, this.keyring))
      return this.broken(sequence, `the checkpoint of entry ${sequence} in the database is not signed by an audit key`);
    if (exported.some((checkpoint) => !checkpointSigned(checkpoint, this.keyring)))
      return this.broken(sequence, `the exported checkpoint of entry ${sequence} is not signed by an audit key`);
    return true;
  }

  private broken(brokenAt: number, problem: string): false {
    this.problem = { brokenAt, problem };
    return false;
  }
}

const CHUNK = 1000;

/**
 * Verifies a department's chain from its database: every entry, every stored checkpoint, the head,
 * and — when given — the checkpoints exported from the service log (which find deleted checkpoints
 * and entries removed after a checkpoint that left the database).
 */
export async function verifyAuditChain(
  manager: EntityManager,
  options: { department: Department; keyring: AuditKeyring; exported?: AuditCheckpoint[] },
): Promise<ChainCheck> {
  const walker = new AuditChainWalker(
    options.department,
    options.keyring,
    await storedCheckpoints(manager, options.department),
    options.exported,
  );
  let after = 0;
  for (;;) {
    const records = await manager
      .getRepository(AuditRecord)
      .find({ where: { sequence: MoreThan(after) }, order: { sequence: 'ASC' }, take: CHUNK });
    if (!records.every((record) => walker.add(record))) break;
    if (records.length < CHUNK) break;
    after = records[records.length - 1].sequence;
  }
  const check = walker.finish(await readAuditHead(manager));
  noteVerification(manager.connection, check.valid);
  return check;
}
