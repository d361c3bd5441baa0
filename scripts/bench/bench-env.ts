import path from 'node:path';

/**
 * The environment the benchmarks run the hub in: their own data folder (or MariaDB databases, with
 * MYSQL_URL) per city size, seeded once and reused by every benchmark of that size, on free ports.
 */
export function benchEnv(elders: number): NodeJS.ProcessEnv {
  return {
    LOG_LEVEL: 'warn',
    ...process.env,
    DATA_DIR: process.env.DATA_DIR ?? path.resolve('data', `bench-${elders}`),
    GATEWAY_PORT: '0',
    CIVIL_AFFAIRS_PORT: '0',
    MYSQL_DATABASE_PREFIX: process.env.MYSQL_DATABASE_PREFIX ?? `weihai_bench_${elders}`,
  };
}
