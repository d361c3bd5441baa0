import 'reflect-metadata';
import { In, IsNull } from 'typeorm';
import { AbilityAssessment } from '../subgraphs/civil-affairs/assessment/ability-assessment.entity';
import { Bed } from '../subgraphs/civil-affairs/bed/bed.entity';
import { Elder } from '../subgraphs/civil-affairs/elder/elder.entity';
import { auditDay } from '../subgraphs/shared/audit/audit-day';
import { AuditSubject } from '../subgraphs/shared/audit/audit-record.entity';
import { Institution } from '../subgraphs/civil-affairs/institution/institution.entity';
import { InstitutionStay } from '../subgraphs/civil-affairs/stay/institution-stay.entity';
import { readGatewayConfig } from '../gateway/gateway-config';
import { DEVELOPMENT_CALLERS, mintDevelopmentToken } from '../subgraphs/shared/auth/development-callers';
import { addDays, Random } from '../subgraphs/shared/seed/random';
import { todayIso } from '../subgraphs/shared/time/today';
import { cliArgs } from './cli-args';
import { startHub } from './start-hub';
import { benchHub } from './bench/bench-env';
import { graphqlPoster } from './bench/graphql-post';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';
import { PERSON_360_QUERY, person360ByHand } from './bench/person-360';
import { departmentCallTimer } from './bench/department-calls';
import { formatSeedReports } from '../subgraphs/shared/seed/prepare-database';
import { departmentStatementCounter } from './bench/department-statements';
import { benchIndicatorSeries } from './bench/indicator-series';
import { sampleCity, trafficTokens } from './bench-memory/drive-traffic';
import { benchServiceMemory, type DeployedProbe } from './bench/service-memory';

/**
 * Prints the figures the architecture cares about: the federation overhead (the same page of elders
 * through the gateway, straight from the subgraph, and read from the database by hand), the SQL
 * statements per request, elder look-ups by ID number, and the joint meeting's whole indicator report
 * (every indicator for the city and every district, one request, as an analyst) and the five-bed linkage. Uses its own data folder (or MYSQL_URL),
 * seeded once: `npm run bench -- --elders 800000 --rounds 20` (`--indicators-only` measures just the report, the 24-month series beside one day and the five-bed linkage; `--person-360-only` just the 360° view).
 * Last, each service's RSS as separate processes after `--memory-requests` (2,000; 0 skips) of mixed traffic.
 * When it seeds (a new data folder or database), it prints the seeding rate per department first.
 */
const PAGE_QUERY = `query($offset: Int!, $limit: Int! = 1000) {
  elders(page: { offset: $offset, limit: $limit }) {
    items {
      personKey name age
      latestAssessment { level assessedOn }
      currentInstitutionStay { admittedOn bed { kind label } institution { name rating } }
    }
  }
}`;

const INDICATORS_QUERY = `query($asOf: LocalDate) {
  indicatorAreas(asOf: $asOf) { areaCode area { name } indicators { code numerator denominator value target deadline status } }
}`;

const FIVE_BED_QUERY = `query($areaCode: ID!) {
  fiveBedLinkage(areaCode: $areaCode) { pilot beds { kind capacity occupied } transfers { from to count } hospitalDischarges hospitalDischargesWithoutNextBed medianDaysToNextBed p90DaysToNextBed }
}`;

/** 360° views sent at once, as many callers would. */
const CONCURRENT_VIEWS = 16;

async function main(): Promise<void> {
  const args = cliArgs();
  const elders = args.integer('elders', 20000);
  const rounds = Math.max(3, args.integer('rounds', 10));
  const options = benchHub(elders);
  const env = options.env;
  const hub = await startHub(options);
  // Printed at once: seeding 800,000 elders takes minutes, and its figures stand on their own.
  process.stdout.write(formatSeedReports(hub.seeding.reports, elders, hub.seeding.seconds));
  const civil = hub.subgraphs['civil-affairs'];
  const manager = civil.database.dataSource.manager;
  const total = await manager.count(Elder);
  // A read's audit goes into the day's part of the trail's person index: the larger that part (runs
  // earlier today on this data folder), the more each page's audit costs, so the figures say how large.
  const auditedToday = await manager.countBy(AuditSubject, { recordedDay: auditDay(new Date().toISOString()) });
  const random = new Random(1);
  const offsets = Array.from({ length: rounds }, () => random.int(0, Math.max(0, total - 1000)));

  const auth = readGatewayConfig(env).auth;
  const tokens = {
    civil: await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS['civil-affairs-system']),
    analyst: await mintDevelopmentToken(auth, DEVELOPMENT_CALLERS.analyst),
  };
  const graphqlPost = graphqlPoster();
  const post = async (url: string, query: string, variables: Record<string, unknown>, token = tokens.civil) => {
    const body = await graphqlPost(url, query, variables, token);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  // The page's rows (living elders in person-key order, their assessments, current stays, beds and
  // institutions) in the SQL a developer would write by hand: the floor the federation is measured against.
  const inList = (values: unknown[]) => values.map(() => '?').join(', ');
  const bySql = async (offset: number, limit = 1000) => {
    const page: Array<{ personKey: string }> = await manager.query(
      'SELECT * FROM elder WHERE deceasedOn IS NULL ORDER BY personKey LIMIT ? OFFSET ?',
      [limit, offset],
    );
    const keys = page.map((elder) => elder.personKey);
    const [, stays] = (await Promise.all([
      manager.query(`SELECT * FROM ability_assessment WHERE personKey IN (${inList(keys)})`, keys),
      manager.query(
        `SELECT * FROM institution_stay WHERE personKey IN (${inList(keys)}) AND dischargedOn IS NULL`,
        keys,
      ),
    ])) as [unknown, Array<{ bedId: number; institutionCode: string }>];
    if (stays.length) {
      const beds = stays.map((stay) => stay.bedId);
      const codes = stays.map((stay) => stay.institutionCode);
      await Promise.all([
        manager.query(`SELECT * FROM institution_bed WHERE id IN (${inList(beds)})`, beds),
        manager.query(`SELECT * FROM institution WHERE code IN (${inList(codes)})`, codes),
      ]);
    }
  };
  // The same rows read through TypeORM's entities, as the floor was measured before 2026-12-02.
  const byOrm = async (offset: number, limit = 1000) => {
    const page = await manager.find(Elder, {
      where: { deceasedOn: IsNull() },
      order: { personKey: 'ASC' },
      skip: offset,
      take: limit,
    });
    const keys = page.map((elder) => elder.personKey);
    const [, stays] = await Promise.all([
      manager.findBy(AbilityAssessment, { personKey: In(keys) }),
      manager.findBy(InstitutionStay, { personKey: In(keys), dischargedOn: IsNull() }),
    ]);
    if (stays.length) {
      await Promise.all([
        manager.findBy(Bed, { id: In(stays.map((s) => s.bedId)) }),
        manager.findBy(Institution, { code: In(stays.map((s) => s.institutionCode)) }),
      ]);
    }
  };

  const rows: string[][] = [['measure', 'median ms', 'p95 ms', 'SQL statements / request']];
  const measure = async (name: string, run: (i: number) => Promise<void>) => {
    await run(0);
    const times: number[] = [];
    const before = civil.database.sql.statements;
    for (let i = 0; i < rounds; i++) {
      const started = process.hrtime.bigint();
      await run(i);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    const statements = (civil.database.sql.statements - before) / rounds;
    rows.push([
      name,
      times[Math.floor(times.length / 2)].toFixed(1),
      times[Math.min(times.length - 1, Math.floor(times.length * 0.95))].toFixed(1),
      statements.toFixed(1),
    ]);
    return times[Math.floor(times.length / 2)];
  };

  let overhead = '';
  const probes: DeployedProbe[] = [];
  const only360 = args.flag('person-360-only');
  if (!args.flag('indicators-only')) {
    if (!only360) {
      const gateway = await measure('1,000 elders with assessment and stay — through the gateway', (i) =>
        post(hub.gateway.url, PAGE_QUERY, { offset: offsets[i] }),
      );
      const direct = await measure('the same — straight from the civil-affairs subgraph', (i) =>
        post(civil.url, PAGE_QUERY, { offset: offsets[i] }),
      );
      const sql = await measure('the same rows — read from the database by hand (SQL)', (i) => bySql(offsets[i]));
      const orm = await measure('the same rows — read by hand through TypeORM’s entities', (i) => byOrm(offsets[i]));
      const sample = await manager.find(Elder, { select: { idNumber: true }, skip: offsets[0], take: rounds * 10 });
      await measure('one elder by ID number — through the gateway', async (i) => {
        for (const elder of sample.slice(i * 10, i * 10 + 10))
          await post(
            hub.gateway.url,
            'query($id: String!) { elderByIdNumber(idNumber: $id) { name latestAssessment { level } } }',
            { id: elder.idNumber },
          );
      });
      rows[rows.length - 1][0] += ' (10 look-ups)';
      const small = await measure('10 elders with assessment and stay — through the gateway', (i) =>
        post(hub.gateway.url, PAGE_QUERY, { offset: offsets[i], limit: 10 }),
      );
      const smallDirect = await measure('the same 10 — straight from the civil-affairs subgraph', (i) =>
        post(civil.url, PAGE_QUERY, { offset: offsets[i], limit: 10 }),
      );
      const smallSql = await measure('the same 10 rows — read from the database by hand (SQL)', (i) =>
        bySql(offsets[i], 10),
      );
      const smallOrm = await measure('the same 10 rows — read by hand through TypeORM’s entities', (i) =>
        byOrm(offsets[i], 10),
      );
      probes.push(
        {
          name: '1,000 elders with assessment and stay',
          floorMs: sql,
          run: (url, i) => post(url, PAGE_QUERY, { offset: offsets[i] }),
        },
        {
          name: '10 elders with assessment and stay',
          floorMs: smallSql,
          run: (url, i) => post(url, PAGE_QUERY, { offset: offsets[i], limit: 10 }),
        },
      );
      const ratios = (measured: number, floor: number, orm: number) =>
        `${(measured / floor).toFixed(1)}× (${(measured / orm).toFixed(1)}× the TypeORM reads)`;
      overhead += `Federation overhead against the hand-written SQL: 1,000 rows: gateway ${ratios(gateway, sql, orm)}, subgraph ${ratios(direct, sql, orm)}; gateway adds ${(gateway - direct).toFixed(1)} ms over the subgraph. 10 rows: gateway ${ratios(small, smallSql, smallOrm)}, subgraph ${ratios(smallDirect, smallSql, smallOrm)}.\n`;
    }

    const people = await manager.find(Elder, {
      select: { personKey: true },
      skip: offsets[0],
      take: rounds + CONCURRENT_VIEWS,
    });
    const calls = departmentCallTimer(Object.values(hub.subgraphs).map((subgraph) => subgraph.url));
    const departmentsMs: number[] = [];
    const statements360 = departmentStatementCounter(hub.subgraphs);
    statements360.start();
    const person360 = await measure('one elder’s 360° view (5 departments) — through the gateway', async (i) => {
      calls.start();
      await post(hub.gateway.url, PERSON_360_QUERY, { personKey: people[i].personKey });
      departmentsMs.push(calls.coveredMs());
    });
    // The warm-up request counts too: rounds + 1 requests.
    statements360.stop();
    const statementTotals = statements360.totals(rounds + 1);
    departmentsMs.sort((a, b) => a - b);
    const inDepartments = departmentsMs[Math.floor(departmentsMs.length / 2)];
    rows.push(['the same — time inside the departments’ calls (their union)', inDepartments.toFixed(1), '', '']);
    calls.stop();
    // Many callers at once: read entries finishing together share one audit transaction (group commit).
    const statementsConcurrent = departmentStatementCounter(hub.subgraphs);
    statementsConcurrent.start();
    const concurrent360 = await measure(
      `${CONCURRENT_VIEWS} elders’ 360° views at once — through the gateway (time for all)`,
      (i) =>
        Promise.all(
          Array.from({ length: CONCURRENT_VIEWS }, (_, j) =>
            post(hub.gateway.url, PERSON_360_QUERY, { personKey: people[(i + j) % people.length].personKey }),
          ),
        ).then(() => undefined),
    );
    statementsConcurrent.stop();
    const concurrentTotals = statementsConcurrent.totals((rounds + 1) * CONCURRENT_VIEWS);
    const readPerson = person360ByHand(hub.subgraphs);
    const person360Sql = await measure('the same rows — read from the departments’ databases by hand', (i) =>
      readPerson(people[i].personKey),
    );
    probes.push({
      name: 'one elder’s 360° view (5 departments)',
      floorMs: person360Sql,
      run: (url, i) => post(url, PERSON_360_QUERY, { personKey: people[i].personKey }),
    });
    overhead += `360° view, SQL statements per request: ${statementTotals.total.toFixed(1)}, ${statementTotals.audit.toFixed(1)} of them the audit's — ${statements360.describe(rounds + 1)}.\n`;
    overhead += `${CONCURRENT_VIEWS} 360° views at once: ${concurrent360.toFixed(1)} ms for all (${((CONCURRENT_VIEWS * 1000) / concurrent360).toFixed(0)} views/s), per view ${concurrentTotals.total.toFixed(1)} SQL statements, ${concurrentTotals.audit.toFixed(1)} of them the audit's, ${concurrentTotals.commits.toFixed(2)} audit commits (alone: ${statementTotals.commits.toFixed(2)}).\n`;
    overhead += `360° view: gateway ${(person360 / person360Sql).toFixed(1)}× the hand-written reads, the departments’ calls ${(inDepartments / person360Sql).toFixed(1)}×; the gateway's own share ${(person360 - inDepartments).toFixed(1)} ms.\n`;
  }
  let indicatorFigures = '';
  if (!only360) {
    // A different day each round: no department has answered it before, so each computes its as-of aggregates.
    const cold = await measure(
      'every indicator, the city and every district, one request — analyst through the gateway, a new day each round',
      (i) => post(hub.gateway.url, INDICATORS_QUERY, { asOf: addDays(todayIso(), -30 * i - 7) }, tokens.analyst),
    );
    // The same day again, nothing written in between: the departments reuse their answers (reused-answers.ts).
    await post(hub.gateway.url, INDICATORS_QUERY, { asOf: todayIso() }, tokens.analyst);
    const repeated = await measure('the same report repeated on one day, nothing written in between', () =>
      post(hub.gateway.url, INDICATORS_QUERY, { asOf: todayIso() }, tokens.analyst),
    );
    indicatorFigures += `Indicator report: ${cold.toFixed(1)} ms for a day no department has answered, ${repeated.toFixed(1)} ms repeated.\n`;

    // The 24-month series beside one cold day (issue 17 item 9): scripts/bench/indicator-series.ts.
    const series = await benchIndicatorSeries(hub, auth, rounds);
    rows.push(...series.rows);
    indicatorFigures += series.summary;

    await measure(
      'five-bed linkage of the last full quarter, 乳山市 and the city in turn — analyst through the gateway',
      (i) => post(hub.gateway.url, FIVE_BED_QUERY, { areaCode: i % 2 ? '371000' : '371083' }, tokens.analyst),
    );
  }

  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  process.stdout.write(
    `\nBenchmark: ${total.toLocaleString('en')} elders, ${civil.database.dataSource.options.type}, ${rounds} rounds; ` +
      `civil affairs' read audit already held ${auditedToday.toLocaleString('en')} person rows of today\n`,
  );
  for (const row of rows)
    process.stdout.write(
      row.map((cell, c) => (c === 0 ? cell.padEnd(width[c]) : cell.padStart(width[c]))).join('  ') + '\n',
    );
  process.stdout.write(overhead + indicatorFigures);
  const sample = await sampleCity(hub);
  await hub.stop();
  const memoryRequests = args.integer('memory-requests', 2000);
  if (memoryRequests > 0)
    process.stdout.write(
      await benchServiceMemory(env, sample, await trafficTokens(auth), memoryRequests, probes, rounds),
    );
}

main().catch(exitWithError());
