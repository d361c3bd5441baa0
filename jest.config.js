/**
 * Two projects: `unit` (pure functions, milliseconds each) and `integration` (real subgraphs, a real
 * gateway and real databases, shared per worker where tests do not change shared state; see
 * test/support/hub-pool.ts). `npm run test:unit`, `npm run test:integration`; `npm test` runs both.
 */
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
      module: { type: 'commonjs' },
    },
  ],
};

module.exports = {
  // Two workers on a two-core machine: integration files wait on their hubs' I/O as much as on the CPU.
  maxWorkers: 2,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.spec.ts'],
      transform,
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: '<rootDir>/test/support/hub-environment.ts',
      globalSetup: '<rootDir>/test/support/sweep-test-databases.ts',
      globalTeardown: '<rootDir>/test/support/drop-run-databases.ts',
      roots: ['<rootDir>/test/integration'],
      testMatch: ['**/*.spec.ts'],
      transform,
      setupFiles: ['reflect-metadata'],
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-setup.ts'],
    },
  ],
};
