import { getMetadataStorage } from 'type-graphql';
import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ClassType } from '../class-type';

/**
 * The department's records the feed reports, by entity class, with the GraphQL type name each is
 * reported under: every entity of its own that the graph shows as a type. Tables the graph does not
 * show are derived from those it does (a month's visit tally from the visits), so a change to them
 * is already reported by the record it was derived from.
 */
export function recordedTypes(entities: ClassType[]): Map<unknown, string> {
  const objectTypes = getMetadataStorage().objectTypes;
  const recorded = new Map<unknown, string>();
  for (const entity of entities) {
    const graphType = objectTypes.find((candidate) => candidate.target === entity);
    if (graphType) recorded.set(entity, graphType.name);
  }
  return recorded;
}

/**
 * A record's key as the graph uses it: its one primary column (`id`, `code` or `personKey`, each
 * also the key of its type on the graph), or undefined when the row at hand does not carry it.
 */
export function recordKeyOf(metadata: EntityMetadata, row: ObjectLiteral | undefined): string | undefined {
  if (metadata.primaryColumns.length !== 1)
    throw new Error(`${metadata.name} has a composite key: the change feed names a record by one key`);
  const value: unknown = row && metadata.primaryColumns[0].getEntityValue(row);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

const personKeyed = new WeakMap<DataSource, Set<string>>();

/** The recorded types whose key is a person key (an elder, a caregiver): reading their changes is reading about persons. */
export function personKeyedTypes(dataSource: DataSource): Set<string> {
  const known = personKeyed.get(dataSource);
  if (known) return known;
  const objectTypes = getMetadataStorage().objectTypes;
  const types = new Set<string>();
  for (const metadata of dataSource.entityMetadatas) {
    const [key, ...more] = metadata.primaryColumns;
    const graphType = objectTypes.find((candidate) => candidate.target === metadata.target);
    if (graphType && key?.propertyName === 'personKey' && !more.length) types.add(graphType.name);
  }
  personKeyed.set(dataSource, types);
  return types;
}
