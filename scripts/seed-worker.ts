import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { type DepartmentSeeding, seedDepartment } from './seed-departments';

/** A worker thread seeding one department (see `seedInWorkers`); an error ends the thread and reaches the caller. */
void seedDepartment(workerData as DepartmentSeeding).then((report) => parentPort!.postMessage(report));
