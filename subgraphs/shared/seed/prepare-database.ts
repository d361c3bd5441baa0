import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from '../config/subgraph-config';
import type { SeedOptions } from './seed-options';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';

/**
 * Seeds a department's database if it is empty, or wipes and reseeds it when asked.
 * Wiping rebuilds the schema the way the mode builds it: entities (embedded) or migrations (MySQL).
 */
export async function seedIfEmpty<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  dataSource: DataSource,
  config: SubgraphConfig,
  options: SeedOptions & { reseed: boolean },
): Promise<boolean> {
  if (!definition.seed || !definition.isSeeded) return false;
  if (options.reseed) {
    await dataSource.dropDatabase();
    if (config.database.kind === 'mysql') await dataSource.runMigrations({ transaction: 'each' });
    else await dataSource.synchronize();
  } else if (await definition.isSeeded(dataSource)) {
    return false;
  }
  const started = Date.now();
  await definition.seed(dataSource, options);
  // A large seed leaves the embedded write-ahead log as big as the database; fold it in once.
  if (config.database.kind === 'embedded') await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  options.log.info('seeded', { elders: options.elders, seconds: Math.round((Date.now() - started) / 1000) });
  return true;
}
