import { BadUserInputError } from '../errors/errors';

const PREFIX = 'change:';

/**
 * A position in a department's change log, opaque to the caller: the sequence number of the last
 * change it has read. Encoded so that callers pass it back rather than compute with it.
 */
export function encodeCursor(sequence: number): string {
  return Buffer.from(`${PREFIX}${sequence}`).toString('base64url');
}

/** The sequence number a cursor names; a cursor this feed did not give is the caller's mistake. */
export function decodeCursor(field: string, cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const sequence = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(sequence) || sequence < 1 || encodeCursor(sequence) !== cursor)
    throw new BadUserInputError(field, 'is not a cursor this change feed gave; pass back an endCursor as it came');
  return sequence;
}
