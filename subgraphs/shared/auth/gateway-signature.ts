import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '../errors/errors';

/**
 * The gateway's service identity towards the subgraphs: every request it sends a subgraph carries
 * an HMAC over the time it was sent, the SHA-256 of its body and the caller's `Authorization`
 * header, under a key only the hub's services hold. A subgraph that verifies it knows the gateway is
 * composing this very request for this very caller — which is what lets fields that exist only for
 * another department's `@requires` answer (see `composition` in access-policy.ts).
 */
export const GATEWAY_TIMESTAMP_HEADER = 'x-hub-gateway-timestamp';
export const GATEWAY_SIGNATURE_HEADER = 'x-hub-gateway-signature';

/**
 * How far a signature's time may lie from the subgraph's clock, either way: long enough for a loaded
 * subgraph to reach a request (and for clocks a little apart), short enough that a request captured
 * on the internal network cannot be replayed for long.
 */
export const GATEWAY_SIGNATURE_VALIDITY_MS = 60_000;

/** What a signature covers: the exact body sent and the caller's header (absent: signed as empty). */
export interface SignedRequest {
  body: string;
  authorization: string | undefined;
}

/** The headers that sign one request at one moment (milliseconds since the epoch). */
export function gatewaySignatureHeaders(key: string, request: SignedRequest, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  return {
    [GATEWAY_TIMESTAMP_HEADER]: timestamp,
    [GATEWAY_SIGNATURE_HEADER]: signatureOf(key, timestamp, request),
  };
}

/**
 * Whether the gateway signed this request: false when it carries no signature (a caller reaching
 * the subgraph directly), true when the signature is good. A signature that is malformed, out of its
 * window, or made with another key, body or caller is refused (`UNAUTHENTICATED`): it is either a
 * forgery, a replay, or a gateway configured with another key — none may pass silently.
 */
export function verifyGatewaySignature(
  key: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  request: SignedRequest,
  now = Date.now(),
): boolean {
  const { timestamp, signature } = headers;
  if (timestamp === undefined && signature === undefined) return false;
  if (!timestamp || !signature || !/^\d{1,15}$/.test(timestamp))
    throw new UnauthenticatedError('the gateway signature of this request is malformed');
  if (Math.abs(now - Number(timestamp)) > GATEWAY_SIGNATURE_VALIDITY_MS)
    throw new UnauthenticatedError('the gateway signature of this request has expired');
  const expected = Buffer.from(signatureOf(key, timestamp, request));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new UnauthenticatedError('the gateway signature of this request is not valid');
  return true;
}

function signatureOf(key: string, timestamp: string, { body, authorization }: SignedRequest): string {
  const bodyDigest = createHash('sha256').update(body).digest('hex');
  // Digits, hex, then a header value (which cannot hold a newline): the parts cannot run into each other.
  return createHmac('sha256', key)
    .update(`weihai-hub-gateway-v1\n${timestamp}\n${bodyDigest}\n${authorization ?? ''}`)
    .digest('base64url');
}
