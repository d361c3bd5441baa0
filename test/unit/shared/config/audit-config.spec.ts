import { DEVELOPMENT_AUDIT_KEYS, parseAuditKeyring } from '../../../../subgraphs/shared/config/audit-config';
import { secretsOf } from '../../../../subgraphs/shared/config/redact';
import { readSubgraphConfig } from '../../../../subgraphs/shared/config/subgraph-config';

const NEW_KEY = 'n3wAuditKey-x7Qp2mVn9LrT4wZs8KcY1d';
const OLD_KEY = '0ldAuditKey-Hf6JbG3aEu5Tn6Wx4Lp9Ys';

/** The problems of an environment's audit settings, from the refused configuration's message. */
function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    readSubgraphConfig('health', { HUB_MODE: 'embedded', ...env });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('the audit keyring (AUDIT_KEYS)', () => {
  it('signs with the first key and keeps the others to verify older entries', () => {
    const { keyring, problems } = parseAuditKeyring(`2026b:${NEW_KEY}, 2025a:${OLD_KEY}`);
    expect(problems).toEqual([]);
    expect(keyring?.signingKeyId).toBe('2026b');
    expect([...keyring!.keys]).toEqual([
      ['2026b', NEW_KEY],
      ['2025a', OLD_KEY],
    ]);
  });

  it('uses the development keyring in embedded mode, and checkpoints every 100 entries and 300 seconds', () => {
    const { audit } = readSubgraphConfig('health', {});
    expect(audit).toEqual({
      keyring: parseAuditKeyring(DEVELOPMENT_AUDIT_KEYS).keyring,
      checkpointEvery: 100,
      checkpointSeconds: 300,
    });
  });

  it('refuses a malformed entry or a repeated id without showing any key', () => {
    const message = problemsOf({ AUDIT_KEYS: `a:${NEW_KEY},${OLD_KEY},a:${OLD_KEY}x` });
    expect(message).toContain('AUDIT_KEYS entry 2 must be <id>:<key>');
    expect(message).toContain('AUDIT_KEYS names the key id "a" twice');
    expect(message).not.toContain(NEW_KEY);
    expect(message).not.toContain(OLD_KEY);
  });

  it('refuses checkpoint settings out of range', () => {
    expect(problemsOf({ AUDIT_CHECKPOINT_EVERY: '0' })).toContain('AUDIT_CHECKPOINT_EVERY must be an integer from 1');
    expect(problemsOf({ AUDIT_CHECKPOINT_SECONDS: '-1' })).toContain(
      'AUDIT_CHECKPOINT_SECONDS must be an integer from 0',
    );
  });

  it('counts each key of the keyring as a secret of its own, for redaction', () => {
    expect(secretsOf({ AUDIT_KEYS: `2026b:${NEW_KEY},2025a:${OLD_KEY}` })).toEqual(
      expect.arrayContaining([NEW_KEY, OLD_KEY, `2026b:${NEW_KEY},2025a:${OLD_KEY}`]),
    );
  });
});
