import { readGatewayConfig } from '../../../../gateway/gateway-config';
import { ConfigError } from '../../../../subgraphs/shared/config/env-reader';
import { redactSecrets, redactUrl, secretsOf } from '../../../../subgraphs/shared/config/redact';
import { readSubgraphConfig } from '../../../../subgraphs/shared/config/subgraph-config';
import { createLogger } from '../../../../subgraphs/shared/logging/logger';
import { exitWithError } from '../../../../subgraphs/shared/server/process-lifecycle';

/** The configuration error for an environment, or a failure if it is accepted. */
function configError(read: () => unknown): Error {
  try {
    read();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the configuration to be refused');
}

/** What a function writes to stdout and stderr while it runs (process.exit is stopped from ending jest). */
function written(run: () => void): string {
  let out = '';
  const capture = (chunk: string | Uint8Array) => ((out += chunk.toString()), true);
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  try {
    run();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    exit.mockRestore();
  }
  return out;
}

describe('redactUrl', () => {
  it('hides the password of a URL and keeps the rest', () => {
    expect(redactUrl('mysql://ca:s3cret@db:3306/weihai_civil_affairs?ssl=true')).toBe(
      'mysql://ca:***@db:3306/weihai_civil_affairs?ssl=true',
    );
  });

  it.each([
    ['an unencoded @', 'mysql://ca:p@ss@db:3306/x', 'mysql://ca:***@db:3306/x'],
    ['an unencoded #', 'mysql://ca:pa#ss@db:3306/x', 'mysql://ca:***@db:3306/x'],
    ['an unencoded /', 'mysql://ca:pa/ss@db:3306/x', 'mysql://ca:***@db:3306/x'],
    ['no scheme', 'ca:s3cret@db:3306/x', 'ca:***@db:3306/x'],
    ['a mistyped scheme: more is hidden, never less', 'mysq:/ca:s3cret@db/x', 'mysq:***@db/x'],
  ])('hides the whole password of a malformed URL (%s)', (_what, url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });

  it('leaves a URL without a password as it is, user name included', () => {
    expect(redactUrl('mysql://root@127.0.0.1:3306')).toBe('mysql://root@127.0.0.1:3306');
    expect(redactUrl('http://civil-affairs:4001/graphql')).toBe('http://civil-affairs:4001/graphql');
  });

  it('hides a password that happens to read "password", and leaves a template example as written', () => {
    expect(redactUrl('mysql://user:password@host:3306')).toBe('mysql://user:***@host:3306');
    expect(redactSecrets('like mysql://<user>:<password>@<host>:3306')).toBe(
      'like mysql://<user>:<password>@<host>:3306',
    );
  });
});

describe('redactSecrets', () => {
  it('hides the password of every URL in a text', () => {
    expect(
      redactSecrets('could not reach mysql://ca:s3cret@db:3306/a, nor "https://svc:t0ken@idp.example/x" either'),
    ).toBe('could not reach mysql://ca:***@db:3306/a, nor "https://svc:***@idp.example/x" either');
  });

  it('hides a password inside a JSON log line', () => {
    const line = JSON.stringify({ message: 'retrying', url: 'mysql://ca:s3cret@db/x' });
    expect(redactSecrets(line)).toBe('{"message":"retrying","url":"mysql://ca:***@db/x"}');
  });

  it('hides password= and secret= parameters', () => {
    expect(redactSecrets('host=db;user=ca;password=s3cret;database=x and ?secret=abc&pwd=def')).toBe(
      'host=db;user=ca;password=***;database=x and ?secret=***&pwd=***',
    );
  });

  it('hides every literal secret given, the longest first', () => {
    expect(redactSecrets('key k3y-long and k3y', ['k3y', 'k3y-long'])).toBe('key *** and ***');
  });

  it('leaves a text without credentials unchanged', () => {
    const text = 'civil-affairs subgraph ready at http://127.0.0.1:4001/ (database weihai_civil_affairs)';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('secretsOf', () => {
  it('finds secrets by name and the passwords inside URLs, written and decoded', () => {
    expect(
      secretsOf({
        PERSON_KEY_SECRET: 'person-key-secret-value',
        HEALTH_DB_PASSWORD: 'db-pass',
        CIVIL_AFFAIRS_DATABASE_URL: 'mysql://ca:p%23ss@db:3306/x',
        MYSQL_URL: 'mysql://hub:pa/ss@db:3306',
        LOG_LEVEL: 'info',
        JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----',
        HUB_GATEWAY_SIGNING_KEY: 'gateway-signing-key-value',
      }).sort(),
    ).toEqual(['db-pass', 'gateway-signing-key-value', 'p#ss', 'p%23ss', 'pa/ss', 'person-key-secret-value']);
  });
});

describe('configuration errors', () => {
  it('never show the password of a malformed MYSQL_URL, but name the variable and show the rest', () => {
    const error = configError(() => readSubgraphConfig('civil-affairs', { MYSQL_URL: 'mysql://hub:Pa#ss@db:3306' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('MYSQL_URL must be a URL like mysql://<user>:<password>@<host>:3306');
    expect(error.message).toContain('got "mysql://hub:***@db:3306"');
    expect(error.message).not.toContain('Pa#ss');
  });

  it('never show the password of a department URL with the wrong scheme, nor of one without a scheme', () => {
    for (const url of ['postgres://ca:S3cret-pw@db/x', 'ca:S3cret-pw@db:3306/x']) {
      const error = configError(() => readSubgraphConfig('civil-affairs', { CIVIL_AFFAIRS_DATABASE_URL: url }));
      expect(error.message).toContain('CIVIL_AFFAIRS_DATABASE_URL must be a URL like');
      expect(error.message).not.toContain('S3cret-pw');
    }
  });

  it('never show the credentials of a subgraph URL the gateway refuses', () => {
    const error = configError(() => readGatewayConfig({ HEALTH_URL: 'ftp://svc:S3cret-pw@health:4002/graphql' }));
    expect(error.message).toContain('HEALTH_URL must be an http(s) URL, got "ftp://svc:***@health:4002/graphql"');
  });
});

describe('where text leaves the process', () => {
  it('every log line is redacted, fields and errors included', () => {
    const log = createLogger('civil-affairs', 'info');
    const out = written(() => {
      log.info('connecting', { url: 'mysql://ca:S3cret-pw@db:3306/x' });
      log.error('database failed', { error: new Error('cannot use mysql://ca:S3cret-pw@db:3306/x') });
    });
    expect(out).toContain('mysql://ca:***@db:3306/x');
    expect(out).not.toContain('S3cret-pw');
  });

  it('a fatal error is written without the credentials in its message or stack', () => {
    const out = written(() => exitWithError('hub failed to start: ')(new Error('at mysql://ca:S3cret-pw@db/x')));
    expect(out).toContain('hub failed to start: Error: at mysql://ca:***@db/x');
    expect(out).not.toContain('S3cret-pw');
  });
});
