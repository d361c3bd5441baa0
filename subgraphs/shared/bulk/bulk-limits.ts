import { BadUserInputError } from '../errors/errors';

/**
 * Items one bulk mutation takes: a department system loads more in several calls. 10,000 keeps one
 * call's transaction, stored idempotent result and audit entry to a few megabytes.
 */
export const BULK_MAX_ITEMS = 10_000;

/**
 * Rows per multi-row INSERT: under SQLite's 32,766 bound variables and MariaDB's default packet for
 * the widest record loaded in bulk (about 20 columns).
 */
export const BULK_INSERT_CHUNK = 500;

/** Refuses an empty load or one over the limit before any item is looked at, so nothing is written. */
export function checkBulkSize(items: readonly unknown[]): void {
  if (items.length === 0) throw new BadUserInputError('items', 'must hold at least one item');
  if (items.length > BULK_MAX_ITEMS)
    throw new BadUserInputError(
      'items',
      `holds ${items.length} items; a bulk load takes at most ${BULK_MAX_ITEMS}: send the rest in further loads`,
    );
}

/** Splits rows into the chunks one statement writes. */
export function chunksOf<T>(rows: readonly T[], size = BULK_INSERT_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}
