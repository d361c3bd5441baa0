import { BadUserInputError } from '../errors/errors';

/** A value of an ordering column, as a cursor carries it. */
export type CursorValue = string | number;

/**
 * Cursors are opaque to clients (base64url of the last row's ordering values) so that a list's
 * order can change its columns without breaking a client; they carry no personal data beyond the
 * ordering key the client already read on the page (a person key or a record id).
 */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values of a cursor a client sent back, or `BAD_USER_INPUT` naming the argument. */
export function decodeCursor(cursor: string, field: string): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (
    cursor.length > 512 ||
    !Array.isArray(values) ||
    values.length === 0 ||
    !values.every((value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
  )
    throw new BadUserInputError(field, 'is not a cursor this list gave (pass a page’s endCursor unchanged)');
  return values as CursorValue[];
}
