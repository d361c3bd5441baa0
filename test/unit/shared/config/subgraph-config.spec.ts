import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { DEVELOPMENT_GATEWAY_SIGNING_KEY } from '../../../../subgraphs/shared/config/auth-config';
import { ConfigError } from '../../../../subgraphs/shared/config/env-reader';
import { DEVELOPMENT_AUDIT_KEYS } from '../../../../subgraphs/shared/config/audit-config';
import { DEVELOPMENT_PERSON_KEY_SECRET, readSubgraphConfig } from '../../../../subgraphs/shared/config/subgraph-config';

const PRODUCTION_SECRET = 'x7Qp2mVn9LrT4wZs8KcY1dHf6JbG3aEu';
const PRODUCTION_SIGNING_KEY = 'q4Wd8Ks2Pz6Nm1Bv9Xr3Jt7Hc5Ly0Fe2';
const PRODUCTION_AUDIT_KEYS = '2026a:Tn6Wx4Lp9Ys2Hd7Mb5Cf0Ga3Ju-k3Vq8Zr1';

/** The configuration error for an environment, or a failure if it is accepted. */
function configError(
  env: NodeJS.ProcessEnv,
  department: Parameters<typeof readSubgraphConfig>[0] = 'civil-affairs',
): Error {
  try {
    readSubgraphConfig(department, env);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('readSubgraphConfig', () => {
  describe('in embedded mode (the default)', () => {
    it('needs no environment at all', () => {
      expect(readSubgraphConfig('civil-affairs', {})).toMatchObject({
        department: 'civil-affairs',
        mode: 'embedded',
        host: '127.0.0.1',
        port: 4001,
        logLevel: 'info',
        introspection: true,
        maxPageSize: 1000,
      });
    });

    it('keeps the department’s database in its own file under ./data', () => {
      expect(readSubgraphConfig('civil-affairs', {}).database).toEqual({
        kind: 'embedded',
        file: path.resolve('data', 'civil-affairs.sqlite'),
      });
    });

    it('keeps the file under DATA_DIR when it is set', () => {
      expect(readSubgraphConfig('medical-insurance', { DATA_DIR: '/srv/hub-data' }).database).toEqual({
        kind: 'embedded',
        file: '/srv/hub-data/medical-insurance.sqlite',
      });
    });

    it('uses the development person-key secret', () => {
      expect(readSubgraphConfig('civil-affairs', {}).personKeySecret).toBe(DEVELOPMENT_PERSON_KEY_SECRET);
    });

    it('gives each department its own default port', () => {
      expect(readSubgraphConfig('health', {}).port).toBe(4002);
      expect(readSubgraphConfig('finance', {}).port).toBe(4005);
    });

    it('reads the port from <DEPT>_PORT', () => {
      expect(readSubgraphConfig('human-resources', { HUMAN_RESOURCES_PORT: '5004' }).port).toBe(5004);
    });
  });

  describe('with MySQL', () => {
    it('gives each department the database <prefix>_<suffix> on the MYSQL_URL server', () => {
      expect(readSubgraphConfig('medical-insurance', { MYSQL_URL: 'mysql://hub:pw@db:3306' }).database).toEqual({
        kind: 'mysql',
        url: 'mysql://hub:pw@db:3306/weihai_medical_insurance',
        database: 'weihai_medical_insurance',
        poolSize: 20,
      });
    });

    it('replaces a database already named in MYSQL_URL and keeps its options', () => {
      expect(
        readSubgraphConfig('civil-affairs', { MYSQL_URL: 'mysql://hub:pw@db:3306/other?ssl=true' }).database,
      ).toEqual({
        kind: 'mysql',
        url: 'mysql://hub:pw@db:3306/weihai_civil_affairs?ssl=true',
        database: 'weihai_civil_affairs',
        poolSize: 20,
      });
    });

    it('opens at most DB_POOL_SIZE connections, 20 unless told', () => {
      expect(
        readSubgraphConfig('finance', { MYSQL_URL: 'mysql://hub:pw@db:3306', DB_POOL_SIZE: '6' }).database,
      ).toMatchObject({ poolSize: 6 });
      expect(() => readSubgraphConfig('finance', { MYSQL_URL: 'mysql://hub:pw@db:3306', DB_POOL_SIZE: '0' })).toThrow(
        /DB_POOL_SIZE/,
      );
    });

    it('takes the database prefix from MYSQL_DATABASE_PREFIX', () => {
      expect(
        readSubgraphConfig('human-resources', { MYSQL_URL: 'mysql://hub:pw@db:3306', MYSQL_DATABASE_PREFIX: 'ci' })
          .database,
      ).toMatchObject({ database: 'ci_human_resources' });
    });

    it('prefers <DEPT>_DATABASE_URL to MYSQL_URL', () => {
      const config = readSubgraphConfig('civil-affairs', {
        MYSQL_URL: 'mysql://hub:pw@db:3306',
        CIVIL_AFFAIRS_DATABASE_URL: 'mysql://ca:secret@ca-db:3306/mca_registry',
      });
      expect(config.database).toEqual({
        kind: 'mysql',
        url: 'mysql://ca:secret@ca-db:3306/mca_registry',
        database: 'mca_registry',
        poolSize: 20,
      });
    });

    it('applies <DEPT>_DATABASE_URL only to its own department', () => {
      const env = {
        MYSQL_URL: 'mysql://hub:pw@db:3306',
        CIVIL_AFFAIRS_DATABASE_URL: 'mysql://ca:secret@ca-db:3306/mca_registry',
      };
      expect(readSubgraphConfig('health', env).database).toMatchObject({ database: 'weihai_health' });
    });

    it('refuses a <DEPT>_DATABASE_URL that names no database', () => {
      expect(configError({ CIVIL_AFFAIRS_DATABASE_URL: 'mysql://ca:secret@ca-db:3306/' }).message).toContain(
        'CIVIL_AFFAIRS_DATABASE_URL must name a database, e.g. mysql://<user>:<password>@<host>:3306/weihai_civil_affairs',
      );
    });

    it.each(['not a url', 'db.internal:3306'])(
      'refuses a MYSQL_URL that is not a mysql:// URL (%s), listing it with the other problems',
      (url) => {
        const error = configError({ HUB_MODE: 'production', MYSQL_URL: url });
        expect(error).toBeInstanceOf(ConfigError);
        expect(error.message).toContain('MYSQL_URL');
        expect(error.message).toContain('PERSON_KEY_SECRET is required');
      },
    );
  });

  describe('in production', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const JWT_PUBLIC_KEY = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const production = {
      HUB_MODE: 'production',
      PERSON_KEY_SECRET: PRODUCTION_SECRET,
      CIVIL_AFFAIRS_DATABASE_URL: 'mysql://ca:secret@db:3306/weihai_civil_affairs',
      JWT_PUBLIC_KEY,
      HUB_GATEWAY_SIGNING_KEY: PRODUCTION_SIGNING_KEY,
      AUDIT_KEYS: PRODUCTION_AUDIT_KEYS,
    };

    it('accepts a real secret and a database, listening on every interface without introspection', () => {
      expect(readSubgraphConfig('civil-affairs', production)).toMatchObject({
        mode: 'production',
        host: '0.0.0.0',
        introspection: false,
        personKeySecret: PRODUCTION_SECRET,
        auth: { secret: null, algorithms: ['RS256', 'ES256'], gatewaySigningKey: PRODUCTION_SIGNING_KEY },
      });
    });

    it('requires a gateway signing key of its own: set, not the development one, long, not the person-key secret', () => {
      expect(configError({ ...production, HUB_GATEWAY_SIGNING_KEY: undefined }).message).toContain(
        'HUB_GATEWAY_SIGNING_KEY is required',
      );
      expect(
        configError({ ...production, HUB_GATEWAY_SIGNING_KEY: DEVELOPMENT_GATEWAY_SIGNING_KEY }).message,
      ).toContain('HUB_GATEWAY_SIGNING_KEY must not be the development default in production');
      expect(configError({ ...production, HUB_GATEWAY_SIGNING_KEY: 'short-key' }).message).toContain(
        'HUB_GATEWAY_SIGNING_KEY must have at least 32 characters in production',
      );
      expect(configError({ ...production, HUB_GATEWAY_SIGNING_KEY: PRODUCTION_SECRET }).message).toContain(
        'HUB_GATEWAY_SIGNING_KEY must differ from PERSON_KEY_SECRET',
      );
    });

    it('requires a public key for tokens and refuses a shared secret', () => {
      expect(configError({ ...production, JWT_PUBLIC_KEY: undefined }).message).toContain(
        'JWT_PUBLIC_KEY (PEM, for RS256/ES256 tokens) is required in production',
      );
      expect(
        configError({ ...production, JWT_SECRET: 'a-shared-secret-that-production-must-not-use' }).message,
      ).toContain('JWT_SECRET must not be set in production');
    });

    it('refuses the development secret', () => {
      expect(configError({ ...production, PERSON_KEY_SECRET: DEVELOPMENT_PERSON_KEY_SECRET }).message).toContain(
        'PERSON_KEY_SECRET must not be the development default in production',
      );
    });

    it('refuses a missing secret', () => {
      expect(configError({ ...production, PERSON_KEY_SECRET: undefined }).message).toContain(
        'PERSON_KEY_SECRET is required',
      );
    });

    it('refuses a secret shorter than 32 characters', () => {
      expect(configError({ ...production, PERSON_KEY_SECRET: 'short-secret' }).message).toContain(
        'PERSON_KEY_SECRET must have at least 32 characters in production',
      );
    });

    it('requires audit keys of at least 32 characters, none the development key', () => {
      expect(configError({ ...production, AUDIT_KEYS: undefined }).message).toContain('AUDIT_KEYS is required');
      const refused = configError({
        ...production,
        AUDIT_KEYS: `new:short-audit-key,dev:${DEVELOPMENT_AUDIT_KEYS.slice('dev:'.length)}`,
      }).message;
      expect(refused).toContain('AUDIT_KEYS key "new" must have at least 32 characters in production');
      expect(refused).toContain('AUDIT_KEYS key "dev" must not be the development key in production');
      expect(refused).not.toContain('short-audit-key');
    });

    it('refuses to fall back to an embedded file when no database is named', () => {
      expect(configError({ ...production, CIVIL_AFFAIRS_DATABASE_URL: undefined }).message).toContain(
        'CIVIL_AFFAIRS_DATABASE_URL or MYSQL_URL is required in production',
      );
    });

    it('names the department’s own variable when its database is missing', () => {
      expect(
        configError({ HUB_MODE: 'production', PERSON_KEY_SECRET: PRODUCTION_SECRET }, 'medical-insurance').message,
      ).toContain('MEDICAL_INSURANCE_DATABASE_URL or MYSQL_URL is required in production');
    });

    it('lists every problem in one error', () => {
      const error = configError({
        HUB_MODE: 'production',
        PERSON_KEY_SECRET: DEVELOPMENT_PERSON_KEY_SECRET,
        CIVIL_AFFAIRS_PORT: '70000',
        LOG_LEVEL: 'verbose',
      });
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message.split('\n')).toEqual([
        'civil-affairs subgraph: invalid configuration',
        '  - CIVIL_AFFAIRS_DATABASE_URL or MYSQL_URL is required in production',
        '  - PERSON_KEY_SECRET must not be the development default in production',
        '  - CIVIL_AFFAIRS_PORT must be an integer from 0 to 65535, got "70000"',
        '  - LOG_LEVEL must be one of debug, info, warn, error, got "verbose"',
        '  - JWT_PUBLIC_KEY (PEM, for RS256/ES256 tokens) is required in production',
        '  - HUB_GATEWAY_SIGNING_KEY is required',
        '  - AUDIT_KEYS is required',
      ]);
    });
  });

  it('refuses an unknown HUB_MODE', () => {
    expect(configError({ HUB_MODE: 'staging' }).message).toContain(
      'HUB_MODE must be one of embedded, production, got "staging"',
    );
  });

  it('reads the environment of the process when none is passed', () => {
    const saved = process.env.CIVIL_AFFAIRS_PORT;
    process.env.CIVIL_AFFAIRS_PORT = '5999';
    try {
      expect(readSubgraphConfig('civil-affairs').port).toBe(5999);
    } finally {
      if (saved === undefined) delete process.env.CIVIL_AFFAIRS_PORT;
      else process.env.CIVIL_AFFAIRS_PORT = saved;
    }
  });
});
