import { SignJWT } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../../subgraphs/shared/config/auth-config';
import type { CallerClaims } from '../../../subgraphs/shared/auth/development-callers';
import { graphql } from '../../support/graphql';
import type { TokensElderTotalQuery } from '../../support/graphql/graphql';
import { expectData } from '../../support/builders/expect-data';
import {
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const ELDERS = graphql(`
  query TokensElderTotal {
    elders(page: { limit: 1 }) {
      total
    }
  }
`);
/** The same operation as a plain string, for requests with hand-made headers and straight to the subgraph. */
const ELDERS_TEXT = ELDERS.toString();

describe.each(DATABASE_TARGETS)('tokens (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Reads only: the worker's seeded city.
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  /** The elders civil affairs' subgraph itself counts, asked directly with its own system's token. */
  const eldersAtSubgraph = async () =>
    expectData(await hub.querySubgraph<TokensElderTotalQuery>('civil-affairs', ELDERS_TEXT, {}, 'civil-affairs-system'))
      .elders.total;

  it('answers a department system with a valid token', async () => {
    const total = expectData(await hub.query(ELDERS)).elders.total;
    expect(total).toBeGreaterThan(0);
    expect(total).toBe(await eldersAtSubgraph());
  });

  it('refuses a request without a token at the gateway, but answers a bare health check', async () => {
    expect(errorCodes(await hub.queryWithHeaders({}, ELDERS_TEXT))).toEqual(['UNAUTHENTICATED']);
    expect((await hub.queryWithHeaders<{ __typename: string }>({}, '{ __typename }')).data).toEqual({
      __typename: 'Query',
    });
  });

  it('refuses a malformed header, a forged signature, an expired token and a token for another audience', async () => {
    const forged = await new SignJWT({
      role: 'department-system',
      department: 'civil-affairs',
      scope: 'write personal-data',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('intruder')
      .setIssuer('weihai-eldercare-hub')
      .setAudience('weihai-eldercare-hub')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-hub-secret-not-the-hub-secret'));
    const otherAudience = await new SignJWT({ role: 'department-system', department: 'civil-affairs' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('civil-affairs-system')
      .setIssuer('weihai-eldercare-hub')
      .setAudience('another-system')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET));
    const expired = await hub.mint(
      { sub: 'civil-affairs-system', role: 'department-system', department: 'civil-affairs' },
      -60,
    );
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","role":"analyst"}').toString('base64url')}.`;
    for (const headers of [
      { authorization: 'Token abc' },
      bearer('not.a.jwt'),
      bearer(forged),
      bearer(expired),
      bearer(unsigned),
      bearer(otherAudience),
    ]) {
      const result = await hub.queryWithHeaders<TokensElderTotalQuery>(headers, ELDERS_TEXT);
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.data ?? null).toBeNull();
    }
    const expiredResult = await hub.queryWithHeaders(bearer(expired), ELDERS_TEXT);
    expect(expiredResult.errors![0].message).toBe('the token has expired');
  });

  it('refuses a token whose role is unknown or whose department system names no department', async () => {
    // Claims the hub must refuse, so not claims the type allows.
    for (const claims of [
      { sub: 'x', role: 'superuser' },
      { sub: 'x', role: 'department-system' },
    ] as unknown as CallerClaims[]) {
      const token = await hub.mint(claims);
      expect(errorCodes(await hub.queryWithHeaders(bearer(token), ELDERS_TEXT))).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('checks the token again at the subgraph, so calling it directly is no back door', async () => {
    expect(errorCodes(await hub.querySubgraph('civil-affairs', ELDERS_TEXT, {}, null))).toEqual(['UNAUTHENTICATED']);
    const direct = await fetch(hub.subgraphUrl('civil-affairs'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.here' },
      body: JSON.stringify({ query: ELDERS_TEXT }),
    });
    expect(direct.status).toBe(401);
    expect(errorCodes((await direct.json()) as GraphQLResult<unknown>)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await hub.querySubgraph('civil-affairs', ELDERS_TEXT, {}, 'analyst'))).toEqual(['FORBIDDEN']);
    const total = await eldersAtSubgraph();
    expect(total).toBeGreaterThan(0);
    expect(total).toBe(expectData(await hub.query(ELDERS)).elders.total);
  });
});
