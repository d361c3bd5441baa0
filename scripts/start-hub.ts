import { readGatewayConfig } from '../gateway/gateway-config';
import { startGateway, type RunningGateway } from '../gateway/start-gateway';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { type Department, DEPARTMENTS } from '../subgraphs/shared/departments';
import { prepareDepartmentData, type SeedReport } from '../subgraphs/shared/seed/prepare-database';
import { DEFAULT_RANDOM_SEED, DEFAULT_SEED_ELDERS } from '../subgraphs/shared/seed/seed-options';
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
  /** What each department's seeding wrote and took, for the departments this start seeded. */
  seeding: SeedReport[];
  stop(): Promise<void>;
}

/** Every department subgraph, seeded as asked, then the gateway routing to them: the embedded hub, the tests' hub and the benchmark's. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  const seeding: SeedReport[] = [];
  const gatewayEnv: NodeJS.ProcessEnv = { ...options.env };
  const stopSubgraphs = async () => {
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
  };
  try {
    for (const definition of selectedSubgraphs(options.env)) {
      const config = readSubgraphConfig(definition.department, options.env);
      await options.beforeSubgraph?.(config);
      const subgraph = await startSubgraph(definition, config, { plugins: options.subgraphPlugins });
      subgraphs[definition.department] = subgraph;
      const report = await prepareDepartmentData(definition, subgraph.database.dataSource, config, {
        elders: options.elders ?? DEFAULT_SEED_ELDERS,
        randomSeed: options.randomSeed ?? DEFAULT_RANDOM_SEED,
        reseed: options.reseed ?? false,
        personKeySecret: config.personKeySecret,
        log: subgraph.log,
      });
      if (report) seeding.push(report);
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
