import 'reflect-metadata';
import fs from 'node:fs';
import { type AuditCheckpoint, checkpointsInLog } from '../subgraphs/shared/audit/audit-checkpoint';
import { type ChainCheck, verifyAuditChain } from '../subgraphs/shared/audit/audit-verification';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { createLogger } from '../subgraphs/shared/logging/logger';
import { openDepartmentDatabase } from '../subgraphs/shared/server/start-subgraph';
import { SUBGRAPHS } from '../subgraphs/registry';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';

/**
 * Verifies every department's audit chain from its database with the audit keys of the environment
 * (`AUDIT_KEYS`, old keys included after a rotation); exits 1 if any was tampered with.
 *   --checkpoints <file>  also check the signed checkpoints of a file of the services' log lines
 *                         (shipped out of the databases), which finds deleted checkpoints and entries
 *                         removed after a checkpoint
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args[args.indexOf('--checkpoints') + 1];
  if (args.includes('--checkpoints') && !file) throw new Error('--checkpoints needs a file of log lines');
  const exported: AuditCheckpoint[] | undefined = file ? checkpointsInLog(fs.readFileSync(file, 'utf8')) : undefined;
  let intact = true;
  for (const definition of SUBGRAPHS) {
    const { department } = definition;
    const config = readSubgraphConfig(department);
    const { dataSource } = await openDepartmentDatabase(definition, config, createLogger(department, 'warn'));
    try {
      const check = await verifyAuditChain(dataSource.manager, {
        department,
        keyring: config.audit.keyring,
        exported,
      });
      intact &&= check.valid;
      const from = exported && ` (${exported.filter((c) => c.department === department).length} in ${file})`;
      const details = `${keyedSummary(check)}; ${check.checkpoints} signed checkpoints checked${from ?? ''}`;
      process.stdout.write(
        check.valid
          ? `${department}: intact, ${check.checked} entries; ${details}\n`
          : `${department}: BROKEN at entry ${check.brokenAt}: ${check.problem} (${check.checked} entries before it check out)\n`,
      );
    } finally {
      await dataSource.destroy();
    }
  }
  process.exit(intact ? 0 : 1);
}

/** Which entries the key protects: all, or those from the first keyed one (earlier ones predate the key). */
function keyedSummary(check: ChainCheck): string {
  if (check.checked === 0) return 'no entries yet';
  if (check.keyedFrom === null) return 'no entry chained with an audit key yet';
  if (check.keyedFrom === 1) return 'every entry keyed';
  return `entries before ${check.keyedFrom} predate the key (plain SHA-256, anchored by entry ${check.keyedFrom}'s HMAC)`;
}

main().catch(exitWithError());
