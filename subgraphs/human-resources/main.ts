import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server/run-subgraph-process';
import { humanResources } from './subgraph';

runSubgraphProcess(humanResources);
