import type { DataSource } from 'typeorm';

/**
 * A mutation's result as stored with its idempotency key, so that a retry answers what the first
 * write answered: the records as the write left them, not as later writes changed them. Entities
 * keep their class (their field resolvers and type resolution need it) and dates stay dates.
 */
export type Stored =
  | null
  | string
  | number
  | boolean
  | Stored[]
  | { $date: string }
  | { $entity: string; fields: Record<string, Stored> }
  | { $object: Record<string, Stored> };

export function encodeResult(value: unknown, dataSource: DataSource): Stored {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map((item) => encodeResult(item, dataSource));
  if (typeof value === 'object') {
    const fields = Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, encodeResult(item, dataSource)]),
    );
    const { constructor } = value;
    return dataSource.hasMetadata(constructor)
      ? { $entity: dataSource.getMetadata(constructor).name, fields }
      : { $object: fields };
  }
  if (typeof value === 'bigint') return value.toString();
  return value as string | number | boolean;
}

export function decodeResult(stored: Stored, dataSource: DataSource): unknown {
  if (stored === null || typeof stored !== 'object') return stored;
  if (Array.isArray(stored)) return stored.map((item) => decodeResult(item, dataSource));
  if ('$date' in stored) return new Date(stored.$date);
  const [fields, prototype] =
    '$entity' in stored
      ? [stored.fields, (dataSource.getMetadata(stored.$entity).target as { prototype: object }).prototype]
      : [stored.$object, Object.prototype];
  const decoded = Object.create(prototype) as Record<string, unknown>;
  for (const [key, item] of Object.entries(fields)) decoded[key] = decodeResult(item, dataSource);
  return decoded;
}
