import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server/run-subgraph-process';
import { jointMeeting } from './subgraph';

runSubgraphProcess(jointMeeting);
