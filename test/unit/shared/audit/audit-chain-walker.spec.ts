import { createHash } from 'node:crypto';
import { GENESIS_HASH, keyedAuditHash, unkeyedAuditHash } from '../../../../subgraphs/shared/audit/audit-chain';
import { type AuditCheckpoint, signCheckpoint } from '../../../../subgraphs/shared/audit/audit-checkpoint';
import { AuditKind } from '../../../../subgraphs/shared/audit/audit-kind.enum';
import { AuditRecord } from '../../../../subgraphs/shared/audit/audit-record.entity';
import { AuditChainWalker, type ChainCheck } from '../../../../subgraphs/shared/audit/audit-verification';
import { type AuditKeyring, parseAuditKeyring } from '../../../../subgraphs/shared/config/audit-config';

const keyring = (text: string): AuditKeyring => parseAuditKeyring(text).keyring!;
const KEYS = keyring('k1:first-audit-key-of-the-unit-tests-0001');

/** An entry's content as the service would store it. */
function content(sequence: number): Omit<AuditRecord, 'hash' | 'previousHash' | 'keyId'> {
  return {
    sequence,
    recordedAt: new Date(Date.UTC(2026, 10, 1, 8, 0, sequence)).toISOString(),
    callerId: 'health-system',
    callerRole: 'department-system',
    callerDepartment: 'health',
    operation: `ElderRead${sequence}`,
    kind: AuditKind.READ,
    personKeys: [`pk${sequence}`],
    recordIds: [],
    fields: ['Elder.name'],
    requestId: `request-${sequence}`,
  };
}

/** Chains entries after `previous`: with the keyring's signing key, or without a key (as before the chain was keyed). */
function chain(records: AuditRecord[], keys: AuditKeyring | null, ...contents: Array<ReturnType<typeof content>>) {
  for (const entry of contents) {
    const previousHash = records.at(-1)?.hash ?? GENESIS_HASH;
    const unhashed = { ...entry, previousHash, keyId: keys?.signingKeyId ?? null };
    const hash = keys
      ? keyedAuditHash(unhashed, 'health', keys.keys.get(keys.signingKeyId)!)
      : unkeyedAuditHash(unhashed);
    records.push(Object.assign(new AuditRecord(), unhashed, { hash }));
  }
  return records;
}

const entries = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => content(from + i));

/** The walker's verdict on a chain, its checkpoints and an exported list; the head is the last entry unless told. */
function verify(
  records: AuditRecord[],
  options: {
    keys?: AuditKeyring;
    stored?: AuditCheckpoint[];
    exported?: AuditCheckpoint[];
    head?: { sequence: number; hash: string };
  } = {},
): ChainCheck {
  const walker = new AuditChainWalker('health', options.keys ?? KEYS, options.stored ?? [], options.exported);
  for (const record of records) if (!walker.add(record)) break;
  const last = records.at(-1);
  return walker.finish(options.head ?? (last ? { sequence: last.sequence, hash: last.hash } : null));
}

const checkpointOf = (records: AuditRecord[], sequence: number, keys = KEYS) =>
  signCheckpoint('health', { sequence, hash: records[sequence - 1].hash }, keys);

/** What the old code did, and an attacker with database access can still do: plain SHA-256 from an edited entry on. */
function rechainWithoutKey(records: AuditRecord[], from: number, keepKeyIds: boolean): AuditRecord[] {
  const copy = records.map((record) => Object.assign(new AuditRecord(), record));
  for (let i = from - 1; i < copy.length; i++) {
    const record = copy[i];
    record.previousHash = i === 0 ? GENESIS_HASH : copy[i - 1].hash;
    if (!keepKeyIds) record.keyId = null;
    const stored = [
      record.sequence,
      record.recordedAt,
      record.callerId,
      record.callerRole,
      record.callerDepartment,
      record.operation,
      record.kind,
      record.personKeys,
      record.recordIds,
      record.fields,
      record.requestId,
    ];
    record.hash = createHash('sha256')
      .update(`${record.previousHash}\n${JSON.stringify(stored)}`)
      .digest('hex');
  }
  return copy;
}

describe('the audit chain walker', () => {
  it('passes an untouched keyed chain and its checkpoints', () => {
    const records = chain([], KEYS, ...entries(1, 10));
    const stored = [checkpointOf(records, 4), checkpointOf(records, 8)];
    expect(verify(records, { stored, exported: stored })).toEqual({
      valid: true,
      checked: 10,
      brokenAt: null,
      problem: null,
      keyedFrom: 1,
      checkpoints: 2,
    });
  });

  it('finds an edited entry whose later entries and head were recomputed with plain SHA-256', () => {
    const records = chain([], KEYS, ...entries(1, 6));
    records[2].callerId = 'someone-else';
    for (const keepKeyIds of [true, false]) {
      const forged = rechainWithoutKey(records, 3, keepKeyIds);
      const head = { sequence: 6, hash: forged[5].hash };
      expect(verify(forged, { head })).toMatchObject({
        valid: false,
        checked: 2,
        brokenAt: 3,
        problem: keepKeyIds
          ? 'entry 3 was altered'
          : 'entry 3 carries no audit key although the chain is keyed from entry 1: it was rewritten without the key',
      });
    }
  });

  it('finds an entry rechained with a key the service does not hold', () => {
    const records = chain([], KEYS, ...entries(1, 3));
    const forged = chain(records.slice(0, 1), keyring('k1:a-guessed-key-that-is-not-the-audit-key'), ...entries(2, 3));
    expect(verify(forged)).toMatchObject({ valid: false, brokenAt: 2, problem: 'entry 2 was altered' });
  });

  it('does not pass one department’s chain off as another’s', () => {
    const records = chain([], KEYS, ...entries(1, 2));
    const walker = new AuditChainWalker('finance', KEYS, []);
    expect(walker.add(records[0])).toBe(false);
    expect(walker.finish(null)).toMatchObject({ valid: false, brokenAt: 1, problem: 'entry 1 was altered' });
  });

  describe('a chain written partly before it was keyed', () => {
    const upgraded = () => chain(chain([], null, ...entries(1, 3)), KEYS, ...entries(4, 6));

    it('verifies the unkeyed entries as a plain chain and says where the key begins', () => {
      expect(verify(upgraded())).toMatchObject({ valid: true, checked: 6, keyedFrom: 4 });
    });

    it('finds an unkeyed entry rewritten with its plain hashes: the first keyed entry’s HMAC covers the last of them', () => {
      const records = upgraded();
      records[1].callerId = 'someone-else';
      const forged = [...rechainWithoutKey(records.slice(0, 3), 2, false), ...records.slice(3)];
      expect(verify(forged)).toMatchObject({ valid: false, brokenAt: 4, problem: 'entry 4 does not link to entry 3' });
    });
  });

  describe('across a key rotation', () => {
    const rotated = keyring('k2:second-audit-key-of-the-unit-tests-02,k1:first-audit-key-of-the-unit-tests-0001');
    const records = chain(chain([], KEYS, ...entries(1, 3)), rotated, ...entries(4, 5));

    it('verifies entries of the old and the new key with a keyring holding both', () => {
      expect(verify(records, { keys: rotated })).toMatchObject({ valid: true, checked: 5 });
    });

    it('names the key a verifier lacks', () => {
      expect(verify(records, { keys: KEYS })).toMatchObject({
        valid: false,
        brokenAt: 4,
        problem: 'entry 4 is chained with the audit key "k2", which this verifier does not hold',
      });
    });
  });

  describe('signed checkpoints', () => {
    const records = chain([], KEYS, ...entries(1, 10));

    it('refuse a checkpoint not signed with an audit key', () => {
      const forged = { ...checkpointOf(records, 8), signature: '0'.repeat(64) };
      expect(verify(records, { stored: [forged] })).toMatchObject({
        valid: false,
        brokenAt: 8,
        problem: 'the checkpoint of entry 8 in the database is not signed by an audit key',
      });
    });

    it('find a chain rewritten up to a checkpoint, even with the key', () => {
      const stored = [checkpointOf(records, 8)];
      const rewritten = chain(
        records.slice(0, 4),
        KEYS,
        { ...content(5), callerId: 'someone-else' },
        ...entries(6, 10),
      );
      expect(verify(rewritten, { stored })).toMatchObject({
        valid: false,
        brokenAt: 8,
        problem: 'entry 8 differs from its signed checkpoint: the chain up to it was rewritten',
      });
    });

    it('find entries removed after the last entry with the head moved back, from a checkpoint still in the database', () => {
      const stored = [checkpointOf(records, 4), checkpointOf(records, 8)];
      expect(verify(records.slice(0, 6), { stored })).toMatchObject({
        valid: false,
        checked: 6,
        brokenAt: 7,
        problem: 'entries after 6 were removed: a signed checkpoint covers entry 8',
      });
    });

    it('find a deleted checkpoint and the entries it covered only from the exported list', () => {
      const exported = [checkpointOf(records, 4), checkpointOf(records, 8)];
      const truncated = records.slice(0, 6);
      expect(verify(truncated, { stored: exported.slice(0, 1) })).toMatchObject({ valid: true, checked: 6 });
      expect(verify(truncated, { stored: exported.slice(0, 1), exported })).toMatchObject({
        valid: false,
        brokenAt: 7,
        problem: 'entries after 6 were removed: a signed checkpoint covers entry 8',
      });
      expect(verify(records, { stored: exported.slice(0, 1), exported })).toMatchObject({
        valid: false,
        brokenAt: 8,
        problem: 'the checkpoint of entry 8 is in the exported list but missing from the database: it was deleted',
      });
    });

    it('refuse a forged line of the exported list, and ignore other departments’ lines', () => {
      const stored = [checkpointOf(records, 8)];
      const otherDepartment = signCheckpoint('finance', { sequence: 9, hash: '1'.repeat(64) }, KEYS);
      expect(verify(records, { stored, exported: [...stored, otherDepartment] })).toMatchObject({
        valid: true,
        checkpoints: 1,
      });
      const forged = { ...stored[0], signature: 'f'.repeat(64) };
      expect(verify(records, { stored, exported: [forged] })).toMatchObject({
        valid: false,
        problem: 'the exported checkpoint of entry 8 is not signed by an audit key',
      });
    });
  });

  it('finds a missing entry, a broken link and a head that does not match the last entry', () => {
    const records = chain([], KEYS, ...entries(1, 4));
    expect(verify([records[0], records[2], records[3]])).toMatchObject({ brokenAt: 2, problem: 'entry 2 is missing' });
    const unlinked = records.map((record) => Object.assign(new AuditRecord(), record));
    unlinked[2].previousHash = GENESIS_HASH;
    expect(verify(unlinked)).toMatchObject({ brokenAt: 3, problem: 'entry 3 does not link to entry 2' });
    expect(verify(records.slice(0, 3), { head: { sequence: 4, hash: records[3].hash } })).toMatchObject({
      brokenAt: 4,
      problem: 'entries after 3 were removed',
    });
  });
});
