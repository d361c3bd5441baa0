import {
  checkpointSigned,
  checkpointsInLog,
  logCheckpoint,
  signCheckpoint,
} from '../../../../subgraphs/shared/audit/audit-checkpoint';
import { parseAuditKeyring } from '../../../../subgraphs/shared/config/audit-config';
import { createLogger } from '../../../../subgraphs/shared/logging/logger';

const KEYS = parseAuditKeyring('k1:first-audit-key-of-the-unit-tests-0001').keyring!;
const HEAD = { sequence: 200, hash: 'a'.repeat(64) };

/** What a function writes to stdout while it runs. */
function stdoutOf(run: () => void): string {
  let out = '';
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((out += chunk.toString()), true));
  try {
    run();
  } finally {
    stdout.mockRestore();
  }
  return out;
}

describe('a signed checkpoint', () => {
  it('verifies with the key that signed it and with no other', () => {
    const checkpoint = signCheckpoint('health', HEAD, KEYS, '2026-11-01T08:00:00.000Z');
    expect(checkpoint).toMatchObject({ department: 'health', sequence: 200, headHash: HEAD.hash, keyId: 'k1' });
    expect(checkpointSigned(checkpoint, KEYS)).toBe(true);
    const other = parseAuditKeyring('k1:another-key-with-the-same-id-000000001').keyring!;
    expect(checkpointSigned(checkpoint, other)).toBe(false);
  });

  it.each([
    ['department', 'finance'],
    ['sequence', 199],
    ['headHash', 'b'.repeat(64)],
    ['recordedAt', '2026-11-02T08:00:00.000Z'],
  ])('no longer verifies once its %s is changed', (field, value) => {
    const checkpoint = signCheckpoint('health', HEAD, KEYS);
    expect(checkpointSigned({ ...checkpoint, [field]: value }, KEYS)).toBe(false);
  });
});

describe('checkpoints in a file of log lines', () => {
  it('reads back what the service logged, behind a container prefix, among other lines', () => {
    const checkpoint = signCheckpoint('civil-affairs', HEAD, KEYS);
    const logged = stdoutOf(() => {
      const log = createLogger('civil-affairs', 'info').child({ requestId: 'r-1' });
      log.info('request', { operation: 'ElderNames' });
      logCheckpoint(log, checkpoint);
    });
    const file = logged
      .trim()
      .split('\n')
      .map((line) => `civil-affairs-1  | ${line}`)
      .concat(['not json at all', '{"message":"another audit checkpoint mention"}'])
      .join('\n');
    expect(checkpointsInLog(file)).toEqual([checkpoint]);
  });

  it('refuses a checkpoint line without a well-formed checkpoint', () => {
    const line = JSON.stringify({ message: 'audit checkpoint', checkpoint: { department: 'health', sequence: 'x' } });
    expect(() => checkpointsInLog(`{"message":"ready"}\n${line}`)).toThrow(
      'line 2: an audit checkpoint line without a well-formed checkpoint',
    );
  });
});
