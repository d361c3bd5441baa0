import {
  GATEWAY_SIGNATURE_HEADER,
  GATEWAY_SIGNATURE_VALIDITY_MS,
  GATEWAY_TIMESTAMP_HEADER,
  gatewaySignatureHeaders,
  type SignedRequest,
  verifyGatewaySignature,
} from '../../../../subgraphs/shared/auth/gateway-signature';

const KEY = 'a-gateway-signing-key-of-at-least-32-characters';
const NOW = Date.UTC(2026, 11, 1, 10, 0, 0);
const REQUEST: SignedRequest = {
  body: JSON.stringify({ query: '{ _entities { __typename } }', variables: { r: [] } }),
  authorization: 'Bearer header.payload.signature',
};

/** What a subgraph holding `key` makes of these headers on the request it received at `at`. */
function verify(
  headers: Record<string, string | undefined>,
  received: SignedRequest = REQUEST,
  { key = KEY, at = NOW }: { key?: string; at?: number } = {},
): boolean {
  return verifyGatewaySignature(
    key,
    { timestamp: headers[GATEWAY_TIMESTAMP_HEADER], signature: headers[GATEWAY_SIGNATURE_HEADER] },
    received,
    at,
  );
}

describe('the gateway’s signature of a subgraph request', () => {
  const signed = gatewaySignatureHeaders(KEY, REQUEST, NOW);

  it('is verified by a subgraph holding the same key, within the window either way', () => {
    expect(verify(signed)).toBe(true);
    expect(verify(signed, REQUEST, { at: NOW + GATEWAY_SIGNATURE_VALIDITY_MS })).toBe(true);
    expect(verify(signed, REQUEST, { at: NOW - GATEWAY_SIGNATURE_VALIDITY_MS })).toBe(true);
  });

  it('is absent, not refused, on a request that carries none: a caller reaching the subgraph directly', () => {
    expect(verify({})).toBe(false);
  });

  it('is refused when made with another key', () => {
    expect(() => verify(signed, REQUEST, { key: `${KEY}-rotated` })).toThrow(
      'the gateway signature of this request is not valid',
    );
  });

  it('is refused for another body or another caller', () => {
    expect(() => verify(signed, { ...REQUEST, body: REQUEST.body.replace('[]', '[{}]') })).toThrow('not valid');
    expect(() => verify(signed, { ...REQUEST, authorization: 'Bearer another.caller.token' })).toThrow('not valid');
    expect(() => verify(signed, { ...REQUEST, authorization: undefined })).toThrow('not valid');
  });

  it('is refused once out of its window, and when it claims a time too far ahead', () => {
    expect(() => verify(signed, REQUEST, { at: NOW + GATEWAY_SIGNATURE_VALIDITY_MS + 1 })).toThrow(
      'the gateway signature of this request has expired',
    );
    expect(() => verify(signed, REQUEST, { at: NOW - GATEWAY_SIGNATURE_VALIDITY_MS - 1 })).toThrow('has expired');
  });

  it('is refused when a timestamp is moved: the time is part of what is signed', () => {
    expect(() => verify({ ...signed, [GATEWAY_TIMESTAMP_HEADER]: String(NOW + 1) })).toThrow('not valid');
  });

  it.each([
    ['a signature without its time', { [GATEWAY_SIGNATURE_HEADER]: signed[GATEWAY_SIGNATURE_HEADER] }],
    ['a time without its signature', { [GATEWAY_TIMESTAMP_HEADER]: signed[GATEWAY_TIMESTAMP_HEADER] }],
    ['a time that is no number', { ...signed, [GATEWAY_TIMESTAMP_HEADER]: 'yesterday' }],
    ['an empty signature', { ...signed, [GATEWAY_SIGNATURE_HEADER]: '' }],
  ])('is refused as malformed: %s', (_what, headers) => {
    expect(() => verify(headers)).toThrow('the gateway signature of this request is malformed');
  });

  it('refuses as UNAUTHENTICATED, so the whole request is refused before anything runs', () => {
    const refusal = (() => {
      try {
        verify(signed, REQUEST, { key: 'another-key' });
      } catch (error) {
        return error as { extensions?: Record<string, unknown> };
      }
    })();
    expect(refusal?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it('signs an anonymous request too, as one without a caller', () => {
    const anonymous = { ...REQUEST, authorization: undefined };
    expect(verify(gatewaySignatureHeaders(KEY, anonymous, NOW), anonymous)).toBe(true);
  });
});
