import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGatewayConfig } from '../gateway/gateway-config';
import { DEVELOPMENT_CALLERS, mintDevelopmentToken } from '../subgraphs/shared/auth/development-callers';
import { personKeyOf } from '../subgraphs/shared/identity/person-key';
import { checkCharacter } from '../subgraphs/shared/identity/resident-id';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';
import { cliArgs } from './cli-args';
import { startHub } from './start-hub';

/**
 * The bulk-load rate (items/s) per department on the embedded database: a load of `--items` (10,000,
 * the limit) through the gateway into a fresh hub, then the same load again (every item UNCHANGED).
 * `npm run bench:bulk [-- --items 10000]`.
 */

const IMPORT_ELDERS = `mutation($input: ImportEldersInput!) {
  importElders(input: $input) { created updated unchanged refused }
}`;

/** Valid, distinct ID numbers of elders born 1930–1959, registered in 环翠区. */
function elderItems(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const birth = `${1930 + (index % 30)}${String(1 + (Math.floor(index / 30) % 12)).padStart(2, '0')}${String(1 + (Math.floor(index / 360) % 28)).padStart(2, '0')}`;
    const first17 = `371002${birth}${String(Math.floor(index / 10_080) + 1).padStart(3, '0')}`;
    return {
      idNumber: first17 + checkCharacter(first17),
      name: `批量老人${index}`,
      areaCode: '371002001001',
      livingSituation: 'WITH_FAMILY',
      economicStatus: 'ORDINARY',
      sourceRef: { source: 'jinmin-bench', ref: `E${index}` },
    };
  });
}

const IMPORT_ASSESSMENTS = `mutation($input: ImportAbilityAssessmentsInput!) {
  importAbilityAssessments(input: $input) { created updated unchanged refused }
}`;

/** Assessments of the benchmark's elders (each elder one, dated 2024), referenced `A0`, `A1`, …. */
function assessmentItems(count: number, personKeySecret: string) {
  return elderItems(count).map((elder, index) => ({
    personKey: personKeyOf(elder.idNumber, personKeySecret),
    level: 'MILD_DISABILITY',
    assessedOn: `2024-05-${String(1 + (index % 28)).padStart(2, '0')}`,
    reason: 'INITIAL',
    assessor: '威海市评估中心',
    sourceRef: { source: 'jinmin-bench', ref: `A${index}` },
  }));
}

/** The bulk mutations benchmarked, per department: its caller, operation and items. */
const LOADS = [
  {
    department: 'civil-affairs',
    what: 'elders (importElders)',
    caller: 'civil-affairs-system',
    query: IMPORT_ELDERS,
    items: elderItems,
  },
  {
    department: 'civil-affairs',
    what: 'ability assessments (importAbilityAssessments)',
    caller: 'civil-affairs-system',
    query: IMPORT_ASSESSMENTS,
    items: assessmentItems,
  },
] as const;

async function main(): Promise<void> {
  const args = cliArgs();
  const count = args.integer('items', 10_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weihai-bench-bulk-'));
  const env = { LOG_LEVEL: 'warn', ...process.env, DATA_DIR: dataDir, GATEWAY_PORT: '0', CIVIL_AFFAIRS_PORT: '0' };
  const hub = await startHub({ env, elders: 0 });
  // The hub's person-key secret, for the person keys of the assessments' elders.
  const { personKeySecret } = readSubgraphConfig('civil-affairs', env);
  try {
    const auth = readGatewayConfig(env).auth;
    const rows: string[][] = [['department', 'records', 'items', 'first load items/s', 'repeat (unchanged) items/s']];
    for (const load of LOADS) {
      const token = await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS[load.caller]);
      const input = { mode: 'PER_ITEM', items: load.items(count, personKeySecret) };
      const send = async () => {
        const started = process.hrtime.bigint();
        const response = await fetch(hub.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: load.query, variables: { input } }),
        });
        const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, { refused: number }> };
        if (body.errors || Object.values(body.data ?? {})[0]?.refused)
          throw new Error(`${load.department}: the load was refused: ${JSON.stringify(body.errors ?? body.data)}`);
        return count / (Number(process.hrtime.bigint() - started) / 1e9);
      };
      const first = await send();
      const repeat = await send();
      rows.push([load.department, load.what, String(count), first.toFixed(0), repeat.toFixed(0)]);
    }
    for (const row of rows) process.stdout.write(`${row.join(' | ')}\n`);
  } finally {
    await hub.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch(exitWithError);
