import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server/run-subgraph-process';
import { health } from './subgraph';

runSubgraphProcess(health);
