import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server/run-subgraph-process';
import { finance } from './subgraph';

runSubgraphProcess(finance);
