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

/** Sends one operation through the gateway as the load's caller, for a load's prerequisites (a fund, an allocation). */
type Request = (query: string, variables: Record<string, unknown>) => Promise<Record<string, { id: string }>>;

const IMPORT_CAREGIVERS = `mutation($input: ImportCaregiversInput!) {
  importCaregivers(input: $input) { created updated unchanged refused }
}`;

/** Valid, distinct ID numbers of caregivers born 1970–1994, working in 乳山市 without an employer. */
function caregiverItems(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const birth = `${1970 + (index % 25)}${String(1 + (Math.floor(index / 25) % 12)).padStart(2, '0')}${String(1 + (Math.floor(index / 300) % 28)).padStart(2, '0')}`;
    const first17 = `371083${birth}${String(Math.floor(index / 8_400) + 1).padStart(3, '0')}`;
    return {
      idNumber: first17 + checkCharacter(first17),
      name: `批量护理员${index}`,
      role: 'ELDER_CAREGIVER',
      employedFrom: '2024-01-01',
      districtCode: '371083',
      sourceRef: { source: 'hrss-bench', ref: `C${index}` },
    };
  });
}

const IMPORT_CERTIFICATES = `mutation($input: ImportCaregiverCertificatesInput!) {
  importCaregiverCertificates(input: $input) { created updated unchanged refused }
}`;

/** One certificate per benchmark caregiver, numbered `BENCH-0`, `BENCH-1`, …. */
function certificateItems(count: number, personKeySecret: string) {
  return caregiverItems(count).map((caregiver, index) => ({
    personKey: personKeyOf(caregiver.idNumber, personKeySecret),
    level: 'ELDER_CAREGIVER_LEVEL_5',
    certificateNumber: `BENCH-${index}`,
    issuer: '威海市职业技能鉴定指导中心',
    issuedOn: '2024-05-01',
    sourceRef: { source: 'hrss-bench', ref: `Z${index}` },
  }));
}

const RECORD_FUND = `mutation($input: RecordLotteryFundInput!) { recordLotteryFund(input: $input) { id } }`;
const ALLOCATE = `mutation($input: AllocateLotteryFundInput!) { allocateLotteryFund(input: $input) { id } }`;

/** A fund of 2001 (before the seeded years) holding 100 yuan for each of `count` allocations. */
async function aBenchFund(request: Request, areaCode: string, count: number): Promise<string> {
  const input = { source: 'WELFARE_LOTTERY', areaCode, raisedYear: 2001, amountFen: count * 10_000 };
  return (await request(RECORD_FUND, { input })).recordLotteryFund.id;
}

const IMPORT_ALLOCATIONS = `mutation($input: ImportLotteryFundAllocationsInput!) {
  importLotteryFundAllocations(input: $input) { created updated unchanged refused }
}`;

/** `count` allocations of 100 yuan from a fresh fund, which they use up, referenced `L0`, `L1`, …. */
async function allocationItems(count: number, _personKeySecret: string, request: Request) {
  const fundId = await aBenchFund(request, '371002', count);
  return Array.from({ length: count }, (_, index) => ({
    fundId,
    category: index % 2 ? 'OTHER_WELFARE' : 'ELDER_CARE',
    programme: 'OTHER',
    amountFen: 10_000,
    allocatedOn: '2001-06-01',
    sourceRef: { source: 'czj-bench', ref: `L${index}` },
  }));
}

const IMPORT_DISBURSEMENTS = `mutation($input: ImportLotteryFundDisbursementsInput!) {
  importLotteryFundDisbursements(input: $input) { created updated unchanged refused }
}`;

/** `count` payments of 100 yuan to programmes from one allocation, which they use up, each on its own decision. */
async function disbursementItems(count: number, _personKeySecret: string, request: Request) {
  const fundId = await aBenchFund(request, '371003', count);
  const input = {
    fundId,
    category: 'ELDER_CARE',
    programme: 'OTHER',
    amountFen: count * 10_000,
    allocatedOn: '2001-06-01',
  };
  const allocationId = (await request(ALLOCATE, { input })).allocateLotteryFund.id;
  return Array.from({ length: count }, (_, index) => ({
    allocationId,
    recipient: { programme: `批量项目${index % 100}` },
    amountFen: 10_000,
    paidOn: '2002-03-01',
    purpose: '养老服务项目',
    decidingDepartment: 'CIVIL_AFFAIRS',
    decisionReference: `威民批〔2002〕${index}号`,
    sourceRef: { source: 'czj-bench', ref: `P${index}` },
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
  {
    department: 'human-resources',
    what: 'caregivers (importCaregivers)',
    caller: 'human-resources-system',
    query: IMPORT_CAREGIVERS,
    items: caregiverItems,
  },
  {
    department: 'human-resources',
    what: 'certificates (importCaregiverCertificates)',
    caller: 'human-resources-system',
    query: IMPORT_CERTIFICATES,
    items: certificateItems,
  },
  {
    department: 'finance',
    what: 'fund allocations (importLotteryFundAllocations)',
    caller: 'finance-system',
    query: IMPORT_ALLOCATIONS,
    items: allocationItems,
  },
  {
    department: 'finance',
    what: 'fund disbursements (importLotteryFundDisbursements)',
    caller: 'finance-system',
    query: IMPORT_DISBURSEMENTS,
    items: disbursementItems,
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
      const request: Request = async (query, variables) => {
        const response = await fetch(hub.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, { id: string }> };
        if (body.errors || !body.data) throw new Error(`${load.department}: ${JSON.stringify(body.errors)}`);
        return body.data;
      };
      const input = { mode: 'PER_ITEM', items: await load.items(count, personKeySecret, request) };
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
