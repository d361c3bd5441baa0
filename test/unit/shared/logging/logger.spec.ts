import { createLogger } from '../../../../subgraphs/shared/logging/logger';

/** The JSON lines a function's logging writes, stdout and stderr apart. */
function linesOf(run: () => void): { stdout: Array<Record<string, unknown>>; stderr: Array<Record<string, unknown>> } {
  const captured = { stdout: '', stderr: '' };
  const stdout = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((captured.stdout += String(chunk)), true));
  const stderr = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((captured.stderr += String(chunk)), true));
  try {
    run();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const parse = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stdout: parse(captured.stdout), stderr: parse(captured.stderr) };
}

describe('the service log', () => {
  it('writes one JSON line per event with time, level, service, message and the fields given', () => {
    const { stdout, stderr } = linesOf(() =>
      createLogger('health').child({ requestId: 'r-1' }).info('request', { ms: 12 }),
    );
    expect(stderr).toEqual([]);
    expect(stdout).toEqual([
      expect.objectContaining({ level: 'info', service: 'health', requestId: 'r-1', message: 'request', ms: 12 }),
    ]);
    expect(Date.parse(stdout[0].time as string)).not.toBeNaN();
  });

  it('sends warnings and errors to stderr only, and drops levels below the configured one', () => {
    const { stdout, stderr } = linesOf(() => {
      const log = createLogger('gateway', 'info');
      log.debug('sql', { query: 'SELECT 1' });
      log.warn('department unavailable');
      log.error('request failed');
    });
    expect(stdout).toEqual([]);
    expect(stderr.map((line) => line.level)).toEqual(['warn', 'error']);
  });

  it('writes an error with its name, message, stack and cause chain, also a timeout DOMException', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4002'), { code: 'ECONNREFUSED' });
    const fetchFailed = new TypeError('fetch failed', { cause: refused });
    const { stderr } = linesOf(() => {
      const log = createLogger('gateway');
      log.warn('fetch failed', { error: fetchFailed });
      log.warn('timed out', { error: new DOMException('The operation was aborted due to timeout', 'TimeoutError') });
    });
    const written = stderr[0].error as { name: string; message: string; stack: string; cause: unknown };
    expect([written.name, written.message]).toEqual(['TypeError', 'fetch failed']);
    expect(written.stack).toContain('TypeError: fetch failed');
    expect(written.cause).toMatchObject({ message: 'connect ECONNREFUSED 127.0.0.1:4002', code: 'ECONNREFUSED' });
    expect(stderr[1].error).toMatchObject({
      name: 'TimeoutError',
      message: 'The operation was aborted due to timeout',
    });
  });

  it('never writes an ID number, a phone number, a token, a name or a password, in fields or in free text', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaXZpbC1hZmZhaXJzIn0.c2lnbmF0dXJl';
    const { stdout, stderr } = linesOf(() => {
      const log = createLogger('civil-affairs', 'debug');
      log.info('refused', { idNumber: '37100219530928706X', phone: '13906310001', name: '王秀英' });
      log.error('sql failed', { error: new Error("Duplicate entry '37100219530928706X' for key 'idNumber'") });
      log.warn('refused', { reason: `bad token Bearer ${token}`, caller: { authorization: `Bearer ${token}` } });
      log.debug('visit', { detail: 'call 13906310001 at mysql://hub:s3cret@db/ca' });
    });
    const text = JSON.stringify([stdout, stderr]);
    for (const secret of ['37100219530928706X', '13906310001', '王秀英', token, 's3cret'])
      expect(text).not.toContain(secret);
    expect(text).toContain('[id-number]');
    expect(text).toContain('[phone]');
    expect(text).toContain('[token]');
  });
});
