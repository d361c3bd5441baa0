import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from '../config/subgraph-config';
import type { Logger } from '../logging/logger';

/** What every resolver of a department receives; `loaders` are new for every request. */
export interface SubgraphContext<Loaders> {
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
  config: SubgraphConfig;
  log: Logger;
}
