import path from 'node:path';
import { ensureMysqlDatabase } from '../../subgraphs/shared/db/mysql-admin';
import { DEPARTMENT_NAMES, DEPARTMENTS } from '../../subgraphs/shared/departments';
import type { HubOptions } from '../start-hub';

/**
 * How the benchmarks start the hub: in their own data folder (or MariaDB databases, with MYSQL_URL,
 * created if missing) per city size, seeded once and reused by every benchmark of that size, on free ports.
 */
export function benchHub(elders: number): HubOptions & { env: NodeJS.ProcessEnv } {
  return {
    elders,
    env: {
      LOG_LEVEL: 'warn',
      ...process.env,
      DATA_DIR: process.env.DATA_DIR ?? path.resolve('data', `bench-${elders}`),
      ...freePorts(),
      MYSQL_DATABASE_PREFIX: process.env.MYSQL_DATABASE_PREFIX ?? `weihai_bench_${elders}`,
    },
    async beforeSubgraph(config) {
      if (config.database.kind === 'mysql') await ensureMysqlDatabase(config.database.url, config.database.database);
    },
  };
}

/** Every service on a port the system picks: a benchmark must not collide with a hub already running. */
export function freePorts(): NodeJS.ProcessEnv {
  return {
    GATEWAY_PORT: '0',
    ...Object.fromEntries(DEPARTMENT_NAMES.map((department) => [`${DEPARTMENTS[department].envPrefix}_PORT`, '0'])),
  };
}
