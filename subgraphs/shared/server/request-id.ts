/** A request id passed on by the gateway, accepted only in a shape that is safe to log. */
export function requestIdFrom(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w-]{1,64}$/.test(value) ? value : undefined;
}
