import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { SubgraphConfig } from '../config/subgraph-config';
import type { SubgraphContext } from '../context/context';
import { connectWithRetry, createDepartmentDatabase, type DepartmentDatabase } from '../db/data-source';
import { createLogger, type Logger } from '../logging/logger';
import { buildSubgraphSchema } from '../schema/build-subgraph-schema';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { formatError, requestLogging } from './errors-and-logging';

export interface RunningSubgraph {
  url: string;
  database: DepartmentDatabase;
  log: Logger;
  stop(): Promise<void>;
}

/** Opens the department's database (migrating MySQL), builds its schema and serves it over HTTP. */
export async function startSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>, config: SubgraphConfig): Promise<RunningSubgraph> {
  const log = createLogger(definition.department, config.logLevel);
  const database = await openDepartmentDatabase(definition, config, log);
  const { dataSource } = database;

  const server = new ApolloServer<SubgraphContext<Loaders>>({
    schema: await buildSubgraphSchema(definition),
    introspection: config.introspection,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), requestLogging()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: config.port, host: config.host },
    context: async ({ req }) => {
      const requestId = headerValue(req.headers['x-request-id']) ?? randomUUID();
      return { requestId, dataSource, loaders: definition.createLoaders(dataSource), config, log: log.child({ requestId }) };
    },
  });
  log.info('subgraph ready', { url, database: config.database.kind === 'mysql' ? config.database.database : config.database.file });

  return {
    url,
    database,
    log,
    async stop() {
      await server.stop();
      await dataSource.destroy();
    },
  };
}

/** Connects to the department's database and brings its schema up to date. */
export async function openDepartmentDatabase<Loaders>(definition: SubgraphDefinition<Loaders>, config: SubgraphConfig, log: Logger): Promise<DepartmentDatabase> {
  const database = createDepartmentDatabase(config.database, { entities: definition.entities, migrations: definition.migrations, log });
  await connectWithRetry(database.dataSource, log);
  if (config.database.kind === 'mysql') {
    const applied = await database.dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log.info('migrations applied', { migrations: applied.map((m) => m.name) });
  }
  return database;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single && /^[\w-]{1,64}$/.test(single) ? single : undefined;
}
