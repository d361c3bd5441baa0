import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGatewayConfig } from '../gateway/gateway-config';
import { DEVELOPMENT_CALLERS, mintDevelopmentToken } from '../subgraphs/shared/auth/development-callers';
import { creditCodeCheckCharacter } from '../subgraphs/shared/identity/credit-code';
import { personKeyOf } from '../subgraphs/shared/identity/person-key';
import { checkCharacter } from '../subgraphs/shared/identity/resident-id';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';
import { cliArgs } from './cli-args';
import { startHub } from './start-hub';
import { freePorts } from './bench/bench-env';

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

/** Sends one operation as a caller and answers its data: the set-up a department's items need (institutions, a designation). */
type Call = (caller: keyof typeof DEVELOPMENT_CALLERS, query: string, variables: object) => Promise<unknown>;

/** A valid credit code of a bench provider, `kind` 12 (public institution) or 52 (private non-enterprise). */
function benchCreditCode(kind: '12' | '52', serial: number): string {
  const first17 = `${kind}371002MB${String(serial).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** Hospitals enough for `count` open stays, 500 medical beds each, registered as health's system. */
async function benchHospitals(count: number, call: Call): Promise<string[]> {
  const codes = Array.from({ length: Math.ceil(count / 500) }, (_, index) => benchCreditCode('12', 9_000_000 + index));
  for (const [index, code] of codes.entries())
    await call(
      'health-system',
      `mutation($input: RegisterMedicalInstitutionInput!) { registerMedicalInstitution(input: $input) { code } }`,
      {
        input: {
          code,
          name: `批量医院${index}`,
          kind: 'GENERAL_HOSPITAL',
          level: 2,
          isPublic: true,
          areaCode: '371002',
          medicalBeds: 500,
        },
      },
    );
  return codes;
}

const IMPORT_HOSPITAL_STAYS = `mutation($input: ImportHospitalStaysInput!) {
  importHospitalStays(input: $input) { created updated unchanged refused }
}`;

/** An admission of each benchmark elder on one day, to hospitals of 500 medical beds, referenced `H0`, `H1`, …. */
async function hospitalStayItems(count: number, personKeySecret: string, call: Call) {
  const hospitals = await benchHospitals(count, call);
  return elderItems(count).map((elder, index) => ({
    personKey: personKeyOf(elder.idNumber, personKeySecret),
    medicalInstitutionCode: hospitals[index % hospitals.length],
    admittedOn: '2025-03-01',
    sourceRef: { source: 'his-bench', ref: `H${index}` },
  }));
}

const IMPORT_HOME_SICKBEDS = `mutation($input: ImportHomeSickbedsInput!) {
  importHomeSickbeds(input: $input) { created updated unchanged refused }
}`;

/** A home sickbed of each benchmark elder, opened by the hospitals of the stays, referenced `B0`, `B1`, …. */
function homeSickbedItems(count: number, personKeySecret: string) {
  const hospitals = Array.from({ length: Math.ceil(count / 500) }, (_, index) =>
    benchCreditCode('12', 9_000_000 + index),
  );
  return elderItems(count).map((elder, index) => ({
    personKey: personKeyOf(elder.idNumber, personKeySecret),
    medicalInstitutionCode: hospitals[index % hospitals.length],
    areaCode: '371002',
    openedOn: '2025-04-01',
    sourceRef: { source: 'his-bench', ref: `B${index}` },
  }));
}

const IMPORT_LTCI_ENROLMENTS = `mutation($input: ImportLtciEnrolmentsInput!) {
  importLtciEnrolments(input: $input) { created updated unchanged refused }
}`;

/** The benchmark elders insured (residents' scheme, since 2016), referenced `N0`, `N1`, …. */
function ltciEnrolmentItems(count: number) {
  return elderItems(count).map((elder, index) => ({
    idNumber: elder.idNumber,
    scheme: 'URBAN_RURAL_RESIDENT',
    since: '2016-01-01',
    districtCode: '371002',
    sourceRef: { source: 'ltci-bench', ref: `N${index}` },
  }));
}

const IMPORT_LTCI_ASSESSMENTS = `mutation($input: ImportLtciAssessmentsInput!) {
  importLtciAssessments(input: $input) { created updated unchanged refused }
}`;

/** One qualifying disability assessment of each insured benchmark elder, valid to 2030, referenced `G0`, `G1`, …. */
function ltciAssessmentItems(count: number, personKeySecret: string) {
  return elderItems(count).map((elder, index) => ({
    personKey: personKeyOf(elder.idNumber, personKeySecret),
    grade: 'SEVERE_DISABILITY_I',
    assessedOn: '2024-01-02',
    validUntil: '2030-12-31',
    assessingOrganisation: '威海市失能评估中心',
    sourceRef: { source: 'ltci-bench', ref: `G${index}` },
  }));
}

const IMPORT_LTCI_SETTLEMENTS = `mutation($input: ImportLtciSettlementsInput!) {
  importLtciSettlements(input: $input) { created updated unchanged refused }
}`;

/** March 2024 of each assessed benchmark elder's care by one designated elder-care institution, referenced `M0`, `M1`, …. */
async function ltciSettlementItems(count: number, personKeySecret: string, call: Call) {
  const providerCode = benchCreditCode('52', 9_000_000);
  await call(
    'medical-insurance-system',
    `mutation($input: DesignateLtciProviderInput!) { designateLtciProvider(input: $input) { id } }`,
    {
      input: {
        providerKind: 'ELDER_CARE_INSTITUTION',
        providerCode,
        providerLevel: 'ELDER_CARE',
        districtCode: '371002',
        designatedFrom: '2016-01-01',
      },
    },
  );
  return elderItems(count).map((elder, index) => ({
    personKey: personKeyOf(elder.idNumber, personKeySecret),
    providerKind: 'ELDER_CARE_INSTITUTION',
    providerCode,
    month: '2024-03',
    careForm: 'INSTITUTIONAL',
    payee: 'PROVIDER',
    days: 20,
    chargedFen: 100_000,
    sourceRef: { source: 'ltci-bench', ref: `M${index}` },
  }));
}

/** Health's and medical insurance's bulk mutations, in the order their records depend on each other. */
const HEALTH_AND_INSURANCE_LOADS = [
  {
    department: 'health',
    what: 'hospital stays (importHospitalStays)',
    caller: 'health-system',
    query: IMPORT_HOSPITAL_STAYS,
    items: hospitalStayItems,
  },
  {
    department: 'health',
    what: 'home sickbeds (importHomeSickbeds)',
    caller: 'health-system',
    query: IMPORT_HOME_SICKBEDS,
    items: homeSickbedItems,
  },
  {
    department: 'medical-insurance',
    what: 'LTCI enrolments (importLtciEnrolments)',
    caller: 'medical-insurance-system',
    query: IMPORT_LTCI_ENROLMENTS,
    items: ltciEnrolmentItems,
  },
  {
    department: 'medical-insurance',
    what: 'LTCI assessments (importLtciAssessments)',
    caller: 'medical-insurance-system',
    query: IMPORT_LTCI_ASSESSMENTS,
    items: ltciAssessmentItems,
  },
  {
    department: 'medical-insurance',
    what: 'LTCI settlements (importLtciSettlements)',
    caller: 'medical-insurance-system',
    query: IMPORT_LTCI_SETTLEMENTS,
    items: ltciSettlementItems,
  },
] as const;

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
async function aBenchFund(call: Call, areaCode: string, count: number): Promise<string> {
  const input = { source: 'WELFARE_LOTTERY', areaCode, raisedYear: 2001, amountFen: count * 10_000 };
  return ((await call('finance-system', RECORD_FUND, { input })) as { recordLotteryFund: { id: string } })
    .recordLotteryFund.id;
}

const IMPORT_ALLOCATIONS = `mutation($input: ImportLotteryFundAllocationsInput!) {
  importLotteryFundAllocations(input: $input) { created updated unchanged refused }
}`;

/** `count` allocations of 100 yuan from a fresh fund, which they use up, referenced `L0`, `L1`, …. */
async function allocationItems(count: number, _personKeySecret: string, call: Call) {
  const fundId = await aBenchFund(call, '371002', count);
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
async function disbursementItems(count: number, _personKeySecret: string, call: Call) {
  const fundId = await aBenchFund(call, '371003', count);
  const input = {
    fundId,
    category: 'ELDER_CARE',
    programme: 'OTHER',
    amountFen: count * 10_000,
    allocatedOn: '2001-06-01',
  };
  const allocationId = ((await call('finance-system', ALLOCATE, { input })) as { allocateLotteryFund: { id: string } })
    .allocateLotteryFund.id;
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
  ...HEALTH_AND_INSURANCE_LOADS,
] as const;

async function main(): Promise<void> {
  const args = cliArgs();
  const count = args.integer('items', 10_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weihai-bench-bulk-'));
  const env = { LOG_LEVEL: 'warn', ...process.env, DATA_DIR: dataDir, ...freePorts() };
  const hub = await startHub({ env, elders: 0 });
  // The hub's person-key secret, for the person keys of the assessments' elders.
  const { personKeySecret } = readSubgraphConfig('civil-affairs', env);
  try {
    const auth = readGatewayConfig(env).auth;
    const rows: string[][] = [['department', 'records', 'items', 'first load items/s', 'repeat (unchanged) items/s']];
    const call: Call = async (caller, query, variables) => {
      const response = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS[caller])}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
      if (body.errors) throw new Error(`set-up refused: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    for (const load of LOADS) {
      const token = await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS[load.caller]);
      const input = { mode: 'PER_ITEM', items: await load.items(count, personKeySecret, call) };
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
