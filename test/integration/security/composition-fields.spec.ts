import {
  GATEWAY_SIGNATURE_VALIDITY_MS,
  gatewaySignatureHeaders,
} from '../../../subgraphs/shared/auth/gateway-signature';
import { DEVELOPMENT_GATEWAY_SIGNING_KEY } from '../../../subgraphs/shared/config/auth-config';
import { unpackEpisodes } from '../../../subgraphs/shared/five-bed/linked-episodes';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import {
  type As,
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const CITY_LINKAGE = graphql(`
  query CompositionCityLinkage {
    fiveBedLinkage(areaCode: "371000") {
      from
      to
      windowDays
      beds {
        kind
        capacity
      }
      hospitalDischarges
    }
  }
`);

/** Straight to health, past the gateway: a field only civil affairs' `@requires` needs (`@inaccessible`). */
const EPISODES_OF_LINKAGE = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on FiveBedLinkage { linkedBedEpisodes } } }`;
const BED_COUNTS_OF_LINKAGE = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on FiveBedLinkage { healthBedCounts { kind occupied } } } }`;
type EpisodesData = { _entities: Array<{ linkedBedEpisodes?: unknown } | null> };

// The seeded hub, read only: the city's linkage over the default period has episodes to hand over.
describe.each(DATABASE_TARGETS)('fields that exist only for the gateway’s composition (%s)', (target) => {
  let hub: TestHub;
  let representation: Record<string, unknown>;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
    const { fiveBedLinkage } = expectData(await hub.query(CITY_LINKAGE, {}, 'analyst'));
    const { from, to, windowDays } = fiveBedLinkage;
    representation = { __typename: 'FiveBedLinkage', areaCode: '371000', from, to, windowDays };
  }, HUB_START_TIMEOUT_MS);

  /** The body a request to health's port carries: the exact text that is signed and sent. */
  const bodyOf = (query: string) => JSON.stringify({ query, variables: { r: [representation] } });

  /** Posts a body to health's port as a caller, with extra headers (the gateway's signature, or a forgery of it). */
  const postToHealth = async <R>(body: string, as: As, headers: (authorization: string) => Record<string, string>) => {
    const authorization = as ? `Bearer ${await hub.tokenFor(as)}` : '';
    const response = await fetch(hub.subgraphUrl('health'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, ...headers(authorization) },
      body,
    });
    return { status: response.status, result: (await response.json()) as GraphQLResult<R> };
  };

  /** The signature the gateway would send with this body for this caller, as of `at`. */
  const signed =
    (body: string, { key = DEVELOPMENT_GATEWAY_SIGNING_KEY, at = Date.now() } = {}) =>
    (authorization: string) =>
      gatewaySignatureHeaders(key, { body, authorization }, at);

  it.each(['analyst', 'developer', 'finance-system'] as const)(
    'refuses %s health’s pseudonymous episodes and exact bed counts at its port, with FORBIDDEN saying why',
    async (as) => {
      for (const query of [EPISODES_OF_LINKAGE, BED_COUNTS_OF_LINKAGE]) {
        const result = await hub.querySubgraph<EpisodesData>('health', query, { r: [representation] }, as);
        expect(errorCodes(result)).toEqual(['FORBIDDEN']);
        expect(result.errors?.[0].message).toContain('compose another department’s field');
        expect(JSON.stringify(result.data ?? {})).not.toMatch(/linkKey|startedOn|occupied/);
      }
    },
  );

  it.each(['analyst', 'finance-system'] as const)(
    'refuses %s civil affairs’ exact counts for the joint meeting at its port, and answers civil affairs’ own system',
    async (as) => {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { civilAffairsFigures { elders } operatingInstitutionCodes } } }`;
      const area = { r: [{ __typename: 'AreaOnDate', areaCode: '371002', asOf: '2025-12-31' }] };
      const refused = await hub.querySubgraph<unknown>('civil-affairs', query, area, as);
      expect(errorCodes(refused)).toContain('FORBIDDEN');
      const own = await hub.querySubgraph<{ _entities: Array<{ civilAffairsFigures: { elders: number } }> }>(
        'civil-affairs',
        query,
        area,
        'civil-affairs-system',
      );
      expect(expectData(own)._entities[0].civilAffairsFigures.elders).toBeGreaterThan(0);
    },
  );

  it('still answers the same analyst the linkage figures composed from them through the gateway', async () => {
    const { fiveBedLinkage } = expectData(await hub.query(CITY_LINKAGE, {}, 'analyst'));
    expect(fiveBedLinkage.beds).toHaveLength(5);
    expect(fiveBedLinkage.hospitalDischarges).toBeGreaterThan(0);
  });

  it.each(['health-system', 'civil-affairs-system'] as const)(
    'answers %s at the port, entitled to the patient records the episodes come from',
    async (as) => {
      const result = await hub.querySubgraph<EpisodesData>('health', EPISODES_OF_LINKAGE, { r: [representation] }, as);
      expect(unpackEpisodes(expectData(result)._entities[0]?.linkedBedEpisodes).length).toBeGreaterThan(0);
    },
  );

  it('answers a request the gateway signed for the analyst, as it composes the linkage', async () => {
    const body = bodyOf(EPISODES_OF_LINKAGE);
    const { result } = await postToHealth<EpisodesData>(body, 'analyst', signed(body));
    const direct = await hub.querySubgraph<EpisodesData>(
      'health',
      EPISODES_OF_LINKAGE,
      { r: [representation] },
      'health-system',
    );
    expect(expectData(result)).toEqual(expectData(direct));
  });

  it.each([
    ['made with another key', (body: string) => signed(body, { key: `${DEVELOPMENT_GATEWAY_SIGNING_KEY}-forged` })],
    ['made for another request’s body', () => signed(bodyOf(BED_COUNTS_OF_LINKAGE))],
    ['out of its window', (body: string) => signed(body, { at: Date.now() - GATEWAY_SIGNATURE_VALIDITY_MS - 5_000 })],
    [
      'made for another caller',
      (body: string) => (authorization: string) => signed(body)(authorization.replace(/.$/, '')),
    ],
  ])('refuses the whole request, UNAUTHENTICATED, when the signature is %s', async (_what, forge) => {
    const body = bodyOf(EPISODES_OF_LINKAGE);
    const { status, result } = await postToHealth<EpisodesData>(body, 'analyst', forge(body));
    expect({ status, codes: errorCodes(result) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
    expect(result.errors?.[0].message).toMatch(/gateway signature of this request (is not valid|has expired)/);
    expect(result.data ?? null).toBeNull();
  });

  it('gives a signature no power without a token: the caller must still be authenticated', async () => {
    const body = bodyOf(EPISODES_OF_LINKAGE);
    const { status, result } = await postToHealth<EpisodesData>(body, null, signed(body));
    expect(status).not.toBe(200);
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.data ?? null).toBeNull();
  });
});
