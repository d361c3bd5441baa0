import { SafeIntResolver } from 'graphql-scalars';
import type { ColumnOptions } from 'typeorm';

/**
 * Money is whole fen (分), never floating point: exact sums at any scale. GraphQL's `Int` stops at
 * 21 million yuan, so amounts use `SafeInt` (up to 2^53 fen); columns are BIGINT, read back as numbers.
 */
export const Fen = SafeIntResolver;

export const fenColumn: ColumnOptions = {
  type: 'bigint',
  transformer: {
    to: (value: number | null | undefined) => value,
    from: (value: string | number | null) => (value === null ? null : Number(value)),
  },
};

/** Formats fen as yuan for messages a clerk reads, e.g. 123456 → "1,234.56 元". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en')}.${String(abs % 100).padStart(2, '0')} 元`;
}
