import { readGatewayConfig } from '../gateway/gateway-config';
import { startGateway, type RunningGateway } from '../gateway/start-gateway';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { type Department, DEPARTMENTS } from '../subgraphs/shared/departments';
import { prepareDepartmentData, type SeedReport } from '../subgraphs/shared/seed/prepare-database';
import { DEFAULT_RANDOM_SEED, DEFAULT_SEED_ELDERS } from '../subgraphs/shared/seed/seed-options';
import { PARALLEL_SEEDING_FROM_ELDERS, seedingWorkersAvailable, seedInWorkers } from './seed-departments';
import { startSubgraph, type RunningSubgraph, type SubgraphExtras } from '../subgraphs/shared/server/start-subgraph';
import { selectedSubgraphs } from '../subgraphs/registry';

export interface HubOptions {
  env: NodeJS.ProcessEnv;
  /** Synthetic elders to seed an empty database with; 0 seeds reference data only. */
  elders?: number;
  randomSeed?: number;
  /** Wipe and seed again even if data exists. */
  reseed?: boolean;
  /** A supergraph composed from the code (tests); otherwise the committed file. */
  supergraphSdl?: string;
  /** Called before a department's subgraph starts, e.g. to create its MySQL database. */
  beforeSubgraph?(config: ReturnType<typeof readSubgraphConfig>): Promise<void>;
  /** Extra Apollo plugins for every subgraph (tests hold requests in flight with one). */
  subgraphPlugins?: SubgraphExtras['plugins'];
  /** Where the gateway is to reach a department started at `url` (tests put a fault proxy in between); `url` if absent. */
  routeSubgraph?(department: Department, url: string): Promise<string>;
}

export interface RunningHub {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  /** What each department's seeding wrote and took, for the departments this start seeded, and the time it all took. */
  seeding: { reports: SeedReport[]; seconds: number };
  stop(): Promise<void>;
}

/** Every department subgraph, seeded as asked, then the gateway routing to them: the embedded hub, the tests' hub and the benchmark's. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  const seeding = { reports: [] as SeedReport[], seconds: 0 };
  const gatewayEnv: NodeJS.ProcessEnv = { ...options.env };
  const stopSubgraphs = async () => {
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
  };
  try {
    const definitions = selectedSubgraphs(options.env);
    const configs = definitions.map((definition) => readSubgraphConfig(definition.department, options.env));
    for (const config of configs) await options.beforeSubgraph?.(config);
    const elders = options.elders ?? DEFAULT_SEED_ELDERS;
    const randomSeed = options.randomSeed ?? DEFAULT_RANDOM_SEED;
    const reseed = options.reseed ?? false;
    // A large city is seeded before the services start, the departments side by side in worker threads.
    const inWorkers = elders >= PARALLEL_SEEDING_FROM_ELDERS && seedingWorkersAvailable();
    if (inWorkers) {
      const started = process.hrtime.bigint();
      const reports = await seedInWorkers(
        definitions
          .filter((definition) => definition.seed !== undefined)
          .map(({ department }) => ({ department, env: options.env, elders, randomSeed, reseed })),
      );
      for (const report of reports) if (report) seeding.reports.push(report);
      seeding.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    }
    for (const [i, definition] of definitions.entries()) {
      const config = configs[i];
      const subgraph = await startSubgraph(definition, config, { plugins: options.subgraphPlugins });
      subgraphs[definition.department] = subgraph;
      if (!inWorkers) {
        const report = await prepareDepartmentData(definition, subgraph.database.dataSource, config, {
          elders,
          randomSeed,
          reseed,
          personKeySecret: config.personKeySecret,
          log: subgraph.log,
        });
        if (report) {
          seeding.reports.push(report);
          seeding.seconds += report.seconds;
        }
      }
      gatewayEnv[`${DEPARTMENTS[definition.department].envPrefix}_URL`] =
        (await options.routeSubgraph?.(definition.department, subgraph.url)) ?? subgraph.url;
    }
    const gateway = await startGateway(readGatewayConfig(gatewayEnv), options.supergraphSdl);
    return {
      gateway,
      subgraphs,
      seeding,
      // The gateway drains first: its requests in flight still need the departments behind it.
      async stop() {
        await gateway.stop();
        await stopSubgraphs();
      },
    };
  } catch (error) {
    await stopSubgraphs();
    throw error;
  }
}
