import 'reflect-metadata';
import { readGatewayConfig } from '../gateway/gateway-config';
import { DEVELOPMENT_CALLERS, mintDevelopmentToken } from '../subgraphs/shared/auth/development-callers';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';
import { todayIso } from '../subgraphs/shared/time/today';
import { benchHub } from './bench/bench-env';
import {
  PLAN_OPERATIONS,
  SAMPLE_QUERY,
  type PlanCaller,
  type PlanSample,
  type SampleAnswer,
} from './bench/plan-operations';
import { checkPlans, distinctReads, isFinding, type PlanLimits, type SentStatement } from './bench/query-plans';
import { cliArgs } from './cli-args';
import { startHub } from './start-hub';
import { formatSeedReports } from '../subgraphs/shared/seed/prepare-database';

/**
 * Sends every often-read list and figure through the gateway (scripts/bench/plan-operations.ts),
 * collects the statements each department ran for them, and EXPLAINs every distinct read on the
 * database it ran on, and runs each on its own to time it: `npm run bench:plans -- --elders 800000`
 * (MYSQL_URL for MariaDB) prints each department's reads and every one that scans a whole table of
 * more than `--big-table` rows (10,000) or takes longer than `--slow-ms` (50), with its plan, and
 * exits non-zero if there is one.
 */
async function main(): Promise<void> {
  const args = cliArgs();
  const elders = args.integer('elders', 20000);
  const limits: PlanLimits = { bigTable: args.integer('big-table', 10000), slowMs: args.integer('slow-ms', 50) };
  const options = benchHub(elders);
  const env = options.env;
  const hub = await startHub(options);
  process.stdout.write(formatSeedReports(hub.seeding.reports, elders, hub.seeding.seconds));
  try {
    const auth = readGatewayConfig(env).auth;
    const post = async (caller: PlanCaller, query: string, variables: Record<string, unknown>) => {
      const token = await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS[caller]);
      const response = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
      return body.data!;
    };

    const civil = hub.subgraphs['civil-affairs'].database.dataSource;
    const [{ total }] = await civil.query<{ total: number | string }[]>('SELECT COUNT(*) AS total FROM elder');
    const found = (await post('civil-affairs-system', SAMPLE_QUERY, {
      offset: Math.max(0, Number(total) - 100),
    })) as SampleAnswer;
    const first = found.first.items[0];
    const [{ month }] = await hub.subgraphs['medical-insurance'].database.dataSource.query<{ month: string }[]>(
      'SELECT MAX(month) AS month FROM ltci_settlement',
    );
    const sample: PlanSample = {
      personKey: first.personKey,
      idNumber: first.idNumber,
      districtCode: first.districtCode,
      townCode: first.townCode ?? first.districtCode,
      institutionCode: first.currentInstitutionStay?.institution.code ?? found.institutions.items[0].code,
      deepCursor: found.deep.endCursor,
      settlementMonth: month,
      raisedYear: Number(todayIso().slice(0, 4)) - 1,
      today: todayIso(),
    };

    const sent = new Map<string, SentStatement[]>();
    for (const [department, subgraph] of Object.entries(hub.subgraphs)) {
      const statements: SentStatement[] = [];
      sent.set(department, statements);
      subgraph.database.sql.onStatement = (sql, parameters) => statements.push({ sql, parameters });
    }
    const failed: string[] = [];
    for (const operation of PLAN_OPERATIONS) {
      await post(operation.caller, operation.query, operation.variables(sample)).catch((error: Error) =>
        failed.push(`${operation.name}: ${error.message}`),
      );
    }
    for (const subgraph of Object.values(hub.subgraphs)) subgraph.database.sql.onStatement = undefined;

    let problems = 0;
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(
      `\nQuery plans: ${Number(total).toLocaleString('en')} elders, ${civil.options.type}; findings: a whole-table scan of more than ${limits.bigTable.toLocaleString('en')} rows, or a read slower than ${limits.slowMs} ms`,
    );
    for (const [department, statements] of sent) {
      const reads = distinctReads(statements);
      const checked = await checkPlans(hub.subgraphs[department].database.dataSource, reads, limits);
      const findings = checked.filter((plan) => isFinding(plan, limits));
      problems += findings.length;
      const slowest = Math.max(0, ...checked.map((plan) => plan.ms));
      out(
        `${department}: ${statements.length} statements, ${reads.length} distinct reads, slowest ${slowest.toFixed(1)} ms, ${findings.length} findings`,
      );
      for (const plan of findings) {
        out(`  ${plan.ms.toFixed(1)} ms: ${plan.sql.replace(/\s+/g, ' ')}`);
        for (const step of plan.steps) out(`    ${step.problem ? `! ${step.problem}` : `  ${step.text}`}`);
      }
    }
    for (const failure of failed) out(`failed: ${failure}`);
    if (problems || failed.length) process.exitCode = 1;
  } finally {
    await hub.stop();
  }
}

main().catch(exitWithError());
