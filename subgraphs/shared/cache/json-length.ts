/**
 * The length of `JSON.stringify(value)` without building the string: what a cache measures an entry
 * by (bounded-lru.ts). Stringifying a department's answer to a series (a megabyte) only to take its
 * length cost a few milliseconds and as much garbage. Undefined where JSON.stringify gives undefined.
 */
export function jsonLength(value: unknown, key: string | number = ''): number | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    value = (value as { toJSON(key: string): unknown }).toJSON(String(key));
  switch (typeof value) {
    case 'string':
      return stringLength(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      if (value === null) return 4;
      if (Array.isArray(value)) return arrayLength(value);
      return objectLength(value as Record<string, unknown>);
    default:
      return undefined;
  }
}

function arrayLength(values: readonly unknown[]): number {
  let length = 2 + Math.max(0, values.length - 1);
  for (let i = 0; i < values.length; i++) length += jsonLength(values[i], i) ?? 4;
  return length;
}

function objectLength(object: Record<string, unknown>): number {
  let length = 2;
  let members = 0;
  for (const key of Object.keys(object)) {
    const member = jsonLength(object[key], key);
    if (member === undefined) continue;
    length += stringLength(key) + 1 + member;
    members++;
  }
  return length + Math.max(0, members - 1);
}

/** A quote, a backslash, a control character or a lone surrogate: a string without one is itself in JSON, quoted. */
const MAY_NEED_ESCAPE = /["\\\p{Cc}\p{Cs}]/u;

/** A string's length in JSON: its quotes, and escapes for quotes, backslashes, control characters and lone surrogates. */
function stringLength(text: string): number {
  if (!MAY_NEED_ESCAPE.test(text)) return text.length + 2;
  let length = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code === 0x22 ||
      code === 0x5c ||
      code === 0x08 ||
      code === 0x09 ||
      code === 0x0a ||
      code === 0x0c ||
      code === 0x0d
    )
      length += 2;
    else if (code < 0x20) length += 6;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      length += 2;
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) length += 6;
    else length += 1;
  }
  return length;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
