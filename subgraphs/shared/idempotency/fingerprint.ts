import { createHmac } from 'node:crypto';

/**
 * What a mutation was asked to do, as a keyed hash: equal for equal arguments whatever their key
 * order, and keyed (with the person-key secret) because arguments carry ID numbers whose plain hash
 * could be reversed by trying every number.
 */
export function argumentsFingerprint(args: unknown, secret: string): string {
  return createHmac('sha256', secret).update(canonicalJson(args)).digest('hex');
}

/** JSON with object keys sorted at every level, dates as ISO text and absent values dropped. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
