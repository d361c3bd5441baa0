import 'reflect-metadata';
import { TestEnvironment } from 'jest-environment-node';
import { HubPool } from './hub-pool';

/** Loaded once per jest worker (outside the test files' realms), so its pool outlives each file. */
const pool = new HubPool();

/**
 * The integration tests' environment: Node's, plus the worker's pool of shared hubs at
 * `globalThis.__hubPool`, so test files that do not change shared state reuse the hubs the worker
 * has already started instead of starting and seeding their own.
 */
export default class HubEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    this.global.__hubPool = pool;
  }

  override async setup(): Promise<void> {
    await super.setup();
    pool.claim();
  }

  override async teardown(): Promise<void> {
    pool.release();
    await super.teardown();
  }
}
