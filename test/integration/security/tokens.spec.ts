import { SignJWT } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../../subgraphs/shared/config/auth-config';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const ELDERS = '{ elders(page: { limit: 1 }) { total } }';

describe.each(DATABASE_TARGETS)('tokens (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 50 });
  });
  afterAll(() => hub?.stop());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('answers a department system with a valid token', async () => {
    const result = await hub.query(ELDERS);
    expect(result.errors).toBeUndefined();
    expect(result.data!.elders.total).toBe(50);
  });

  it('refuses a request without a token at the gateway, but answers a bare health check', async () => {
    expect(errorCodes(await hub.queryWithHeaders({}, ELDERS))).toEqual(['UNAUTHENTICATED']);
    expect((await hub.queryWithHeaders({}, '{ __typename }')).data).toEqual({ __typename: 'Query' });
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
      const result = await hub.queryWithHeaders(headers, ELDERS);
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.data ?? null).toBeNull();
    }
    const expiredResult = await hub.queryWithHeaders(bearer(expired), ELDERS);
    expect(expiredResult.errors![0].message).toBe('the token has expired');
  });

  it('refuses a token whose role is unknown or whose department system names no department', async () => {
    for (const claims of [
      { sub: 'x', role: 'superuser' },
      { sub: 'x', role: 'department-system' },
    ]) {
      const token = await hub.mint(claims as never);
      expect(errorCodes(await hub.queryWithHeaders(bearer(token), ELDERS))).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('checks the token again at the subgraph, so calling it directly is no back door', async () => {
    expect(errorCodes(await hub.querySubgraph('civil-affairs', ELDERS, {}, null))).toEqual(['UNAUTHENTICATED']);
    const direct = await fetch(hub.subgraphs['civil-affairs'].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.here' },
      body: JSON.stringify({ query: ELDERS }),
    });
    expect(direct.status).toBe(401);
    expect(errorCodes((await direct.json()) as never)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await hub.querySubgraph('civil-affairs', ELDERS, {}, 'analyst'))).toEqual(['FORBIDDEN']);
    expect((await hub.querySubgraph('civil-affairs', ELDERS, {}, 'civil-affairs-system')).data!.elders.total).toBe(50);
  });
});
