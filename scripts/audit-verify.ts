import 'reflect-metadata';
import { verifyAuditChain } from '../subgraphs/shared/audit/audit-chain';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { createLogger } from '../subgraphs/shared/logging/logger';
import { openDepartmentDatabase } from '../subgraphs/shared/server/start-subgraph';
import { SUBGRAPHS } from '../subgraphs/registry';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';

/** Recomputes every department's audit chain from its database; exits 1 if any was tampered with. */
async function main(): Promise<void> {
  let intact = true;
  for (const definition of SUBGRAPHS) {
    const config = readSubgraphConfig(definition.department);
    const { dataSource } = await openDepartmentDatabase(
      definition,
      config,
      createLogger(definition.department, 'warn'),
    );
    try {
      const check = await verifyAuditChain(dataSource.manager);
      intact &&= check.valid;
      process.stdout.write(
        check.valid
          ? `${definition.department}: intact, ${check.checked} entries\n`
          : `${definition.department}: BROKEN at entry ${check.brokenAt}: ${check.problem} (${check.checked} entries before it check out)\n`,
      );
    } finally {
      await dataSource.destroy();
    }
  }
  process.exit(intact ? 0 : 1);
}

main().catch(exitWithError());
