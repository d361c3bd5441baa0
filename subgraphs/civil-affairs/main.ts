import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server/run-subgraph-process';
import { civilAffairs } from './subgraph';

runSubgraphProcess(civilAffairs);
