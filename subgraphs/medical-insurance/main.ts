import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server/run-subgraph-process';
import { medicalInsurance } from './subgraph';

runSubgraphProcess(medicalInsurance);
