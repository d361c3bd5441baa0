import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import type { CallerClaims } from '../../../subgraphs/shared/auth/development-callers';
import { DEPARTMENT_NAMES, type Department } from '../../../subgraphs/shared/departments';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  type OwnTestHub,
  sharedHub,
  startTestHub,
  type TestHub,
} from '../../support/test-hub';

const FIRST_ELDER = graphql(`
  query UnauthenticatedFirstElder {
    elders(page: { limit: 1 }) {
      items {
        personKey
      }
    }
  }
`);

const FIRST_CAREGIVER = graphql(`
  query UnauthenticatedFirstCaregiver {
    caregivers(page: { limit: 1 }) {
      items {
        personKey
      }
    }
  }
`);

const ELDER_TOTAL = graphql(`
  query UnauthenticatedElderTotal {
    elders(page: { limit: 1 }) {
      total
    }
  }
`);

/** What an outsider sends a subgraph port to learn whether a person is registered (plain: `_entities` is not in the public graph). */
const ENTITY_TYPENAME = `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;
const SERVICE_SDL = '{ _service { sdl } }';
const INTROSPECTION = '{ __schema { queryType { name } } }';

type EntitiesData = { _entities: Array<{ __typename: string } | null> };
type ServiceData = { _service: { sdl: string } };
type IntrospectionData = { __schema: { queryType: { name: string } } };

/** A person key no department holds. */
const UNREGISTERED_KEY = 'f'.repeat(64);

describe.each(DATABASE_TARGETS)('callers without a valid token (%s)', (target) => {
  describe('at the subgraph ports of the seeded city', () => {
    let hub: TestHub;

    beforeAll(async () => {
      // Reads only: the worker's seeded city.
      hub = await sharedHub(target, 'seeded');
    }, HUB_START_TIMEOUT_MS);

    it('does not tell a caller without a token whether an elder or a caregiver is registered', async () => {
      const elderKey = expectData(await hub.query(FIRST_ELDER)).elders.items[0].personKey;
      const caregiverKey = expectData(await hub.query(FIRST_CAREGIVER, {}, 'human-resources-system')).caregivers
        .items[0].personKey;
      const probes: Array<[Department, string, string]> = [
        ['civil-affairs', 'Elder', elderKey],
        ['human-resources', 'Caregiver', caregiverKey],
      ];
      for (const [department, typename, personKey] of probes) {
        // The department's own system still resolves the entity, as the gateway does for it.
        const own = await hub.querySubgraph<EntitiesData>(
          department,
          ENTITY_TYPENAME,
          { r: [{ __typename: typename, personKey }] },
          `${department}-system`,
        );
        expect(expectData(own)._entities).toEqual([{ __typename: typename }]);
        for (const key of [personKey, UNREGISTERED_KEY]) {
          const anonymous = await hub.querySubgraph<EntitiesData>(
            department,
            ENTITY_TYPENAME,
            { r: [{ __typename: typename, personKey: key }] },
            null,
          );
          expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
          expect(anonymous.data ?? null).toBeNull();
        }
      }
    });

    it('still answers a bare { __typename } and, with introspection on, introspection without a token', async () => {
      for (const department of DEPARTMENT_NAMES) {
        const health = await hub.querySubgraph<{ __typename: string }>(department, '{ __typename }', {}, null);
        expect(health.data).toEqual({ __typename: 'Query' });
        const schema = await hub.querySubgraph<IntrospectionData>(department, INTROSPECTION, {}, null);
        expect(expectData(schema).__schema.queryType.name).toBe('Query');
      }
    });
  });

  describe('in production', () => {
    /**
     * A hub of its own: production mode needs MySQL, its own tokens (RS256, from an identity
     * provider's key pair this file plays) and a log level that shows refusals, which the file
     * captures. On the embedded database, which production mode refuses, it runs with production's
     * introspection setting (off) instead.
     */
    let hub: OwnTestHub;
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const production = target === 'mysql';

    const sign = (claims: CallerClaims, key: Parameters<SignJWT['sign']>[0] = privateKey) => {
      const { sub, ...rest } = claims;
      return new SignJWT({ ...rest })
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject(sub)
        .setIssuer('weihai-eldercare-hub')
        .setAudience('weihai-eldercare-hub')
        .setExpirationTime('1h')
        .sign(key);
    };
    const civilAffairsSystem = () =>
      sign({ sub: 'civil-affairs-system', role: 'department-system', department: 'civil-affairs', scope: 'write' });
    /** A well-formed token signed with a key the hub does not trust. */
    const forged = () =>
      sign(
        { sub: 'intruder', role: 'department-system', department: 'civil-affairs', scope: 'write personal-data' },
        generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
      );

    const post = async <R>(url: string, query: string, token?: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return {
        status: response.status,
        requestId: response.headers.get('x-request-id'),
        result: (await response.json()) as GraphQLResult<R>,
      };
    };

    beforeAll(async () => {
      hub = await startTestHub(target, {
        env: {
          LOG_LEVEL: 'warn',
          JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
          ...(production
            ? {
                HUB_MODE: 'production',
                PERSON_KEY_SECRET: 'a-production-person-key-secret-of-the-test-hub',
                HUB_GATEWAY_SIGNING_KEY: 'a-production-gateway-signing-key-of-the-test-hub',
                AUDIT_KEYS: 'test:a-production-audit-key-of-the-test-hub-0001',
              }
            : { GRAPHQL_INTROSPECTION: 'false' }),
        },
      });
    }, HUB_START_TIMEOUT_MS);
    afterAll(() => hub?.stop());

    it('does not hand a subgraph’s SDL or its introspection to a caller without a token', async () => {
      const token = await civilAffairsSystem();
      for (const department of DEPARTMENT_NAMES) {
        const url = hub.subgraphUrl(department);
        const anonymous = await post<ServiceData>(url, SERVICE_SDL);
        expect(errorCodes(anonymous.result)).toEqual(['UNAUTHENTICATED']);
        expect(anonymous.result.data ?? null).toBeNull();
        expect(errorCodes((await post<IntrospectionData>(url, INTROSPECTION)).result)).not.toEqual([]);
        expect((await post<{ __typename: string }>(url, '{ __typename }')).result.data).toEqual({
          __typename: 'Query',
        });
        // Composition tooling with a token still reads it.
        const tooling = await post<ServiceData>(url, SERVICE_SDL, token);
        expect(expectData(tooling.result)._service.sdl).toContain('type Query');
      }
    });

    it('still serves the graph through the gateway to an authenticated caller', async () => {
      const { result } = await post<{ elders: { total: number } }>(
        hub.gatewayUrl,
        ELDER_TOTAL.toString(),
        await civilAffairsSystem(),
      );
      expect(expectData(result).elders.total).toBe(0);
    });

    it('logs every refusal of a missing or forged token with its request id, and never the token', async () => {
      const token = await forged();
      const written: string[] = [];
      const capture = (chunk: unknown) => {
        written.push(String(chunk));
        return true;
      };
      const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
      const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
      const refusals: Array<{ where: string; requestId: string | null }> = [];
      try {
        for (const [where, url] of [
          ['gateway', hub.gatewayUrl],
          ['civil-affairs', hub.subgraphUrl('civil-affairs')],
        ]) {
          for (const sent of [undefined, token]) {
            const { status, requestId, result } = await post(url, ELDER_TOTAL.toString(), sent);
            expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
            expect(status).toBe(401);
            expect(requestId).toMatch(/^[\w-]+$/);
            expect(result.errors![0].extensions?.requestId).toBe(requestId);
            refusals.push({ where: `${where} ${sent ? 'forged' : 'missing'}`, requestId });
          }
        }
      } finally {
        stdout.mockRestore();
        stderr.mockRestore();
      }
      const lines = written
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      for (const { where, requestId } of refusals) {
        const refusal = lines.find((line) => line.requestId === requestId && line.message === 'refused');
        expect({ where, caller: refusal?.caller, code: refusal?.code, reason: typeof refusal?.reason }).toEqual({
          where,
          caller: 'unknown',
          code: 'UNAUTHENTICATED',
          reason: 'string',
        });
      }
      const log = written.join('');
      expect(log).not.toContain(token);
      expect(log).not.toContain(token.split('.')[2]);
    });
  });
});
