import { dropTestDatabases } from './sweep-test-databases';

/**
 * The integration project's global teardown, in jest's main process once every worker has ended:
 * drops this run's MySQL test databases (workers exit without waiting to drop them) and any dead run's.
 */
export default function dropRunDatabases(): Promise<void> {
  return dropTestDatabases({ alsoOfRun: process.pid });
}
