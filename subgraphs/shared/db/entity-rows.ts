import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Each column of an entity with the name of its value in a raw row of one alias. */
type Columns = Array<{ column: ColumnMetadata; raw: string }>;

const columnsByAlias = new WeakMap<EntityMetadata, Map<string, Columns>>();

/**
 * The rows of a query on one flat entity (no relations, no embedded columns, every column selected)
 * as instances of its class, converted column by column as TypeORM converts them
 * (`prepareHydratedValue`: dates, booleans, enums, transformers), without its general hydration,
 * which groups rows by primary key and resolves joins: on a hot list — a page of 1,000 elders and
 * their assessments — that took longer than the SQL (issue 18). Name a list of keys as one
 * parameter (`IN (:...keys)`): `In(keys)` makes each key a parameter of its own, and building the
 * statement for 1,000 keys cost TypeORM more than running it.
 */
export async function entityRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  const alias = query.expressionMap.mainAlias!;
  const { metadata } = alias;
  if (metadata.relations.length || metadata.embeddeds.length || query.expressionMap.joinAttributes.length)
    throw new Error(`entityRows reads flat entities only; ${metadata.name} has relations, embedded columns or joins`);
  const columns = columnsOf(query, metadata, alias.name);
  const driver = query.connection.driver;
  const raws = await query.getRawMany<Record<string, unknown>>();
  return raws.map((raw) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const { column, raw: name } of columns) {
      const value = raw[name];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
}

function columnsOf(query: SelectQueryBuilder<ObjectLiteral>, metadata: EntityMetadata, alias: string): Columns {
  const known = columnsByAlias.get(metadata) ?? new Map<string, Columns>();
  columnsByAlias.set(metadata, known);
  let found = known.get(alias);
  if (!found) {
    found = metadata.columns
      .filter((column) => !column.isVirtual)
      .map((column) => ({
        column,
        raw: DriverUtils.buildAlias(query.connection.driver, undefined, alias, column.databaseName),
      }));
    known.set(alias, found);
  }
  return found;
}
