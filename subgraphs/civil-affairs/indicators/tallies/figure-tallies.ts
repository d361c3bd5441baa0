import type { DataSource, EntityManager } from 'typeorm';
import { plainTransaction } from '../../../shared/db/transaction';
import type { Logger } from '../../../shared/logging/logger';
import { AbilityAssessment } from '../../assessment/ability-assessment.entity';
import { Elder } from '../../elder/elder.entity';
import { SPECIAL_DIFFICULTY_LEVELS, specialByHouseholdSql } from '../../elder/special-difficulty';
import { CareVisitMonth } from '../../visit/visit-month.entity';
import { AssessedSpecialSpan } from './assessed-special-span.entity';
import { ALIVE, PopulationTally } from './population-tally.entity';
import { VisitMonthTally } from './visit-month-tally.entity';

/*
 * The joint meeting's population figures, kept as civil affairs writes: triggers on the registry, the
 * assessments and the visit months update three derived tables in the write's own transaction, so
 * every write path — the graph's mutations, bulk loads, SQL by hand — keeps them current, and a
 * report for a day nobody asked before reads them instead of the 800,000-elder registry (indicators
 * 1.0 s → 0.1 s of SQL). Triggers, not entities: the schema builders do not make them, and the
 * embedded database's `synchronize` drops them with a table it rebuilds; so every start checks them
 * (`ensureFigureTallies`) and rebuilds the tables from the records when it had to create them.
 */

/** Part of every trigger's name; a changed rule takes a new number, so the next start replaces the triggers and recounts. */
const RULE_VERSION = 1;
const PREFIX = 'figure_tally_';

type Dialect = 'sqlite' | 'mariadb';
type Row = 'NEW' | 'OLD';

interface Trigger {
  name: string;
  table: string;
  event: 'INSERT' | 'UPDATE' | 'DELETE';
  /** Embedded only: the columns whose update fires it (MariaDB fires on every update). */
  ofColumns?: string[];
  statements: string[];
}

const dialectOf = (dataSource: DataSource): Dialect =>
  dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mariadb';

const table = (dataSource: DataSource, target: Parameters<DataSource['getMetadata']>[0]) =>
  dataSource.getMetadata(target).tableName;

const levels = SPECIAL_DIFFICULTY_LEVELS.map((level) => `'${level}'`).join(', ');

/** One more in a tally row, made if missing: the two databases spell an upsert differently. */
function increment(dialect: Dialect, into: string, keys: Record<string, string>, count: string, when: string): string {
  const columns = [...Object.keys(keys), count].join(', ');
  const values = [...Object.values(keys), '1'].join(', ');
  return dialect === 'sqlite'
    ? `INSERT INTO ${into} (${columns}) SELECT ${values} WHERE ${when} ON CONFLICT (${Object.keys(keys).join(', ')}) DO UPDATE SET ${count} = ${count} + 1`
    : `INSERT INTO ${into} (${columns}) SELECT ${values} FROM DUAL WHERE ${when} ON DUPLICATE KEY UPDATE ${count} = ${count} + 1`;
}

function decrement(into: string, keys: Record<string, string>, count: string, when: string): string {
  const match = Object.entries(keys)
    .map(([column, value]) => `${column} = ${value}`)
    .join(' AND ');
  return `UPDATE ${into} SET ${count} = ${count} - 1 WHERE ${match} AND ${when}`;
}

/** An elder row's key in the population tally. */
const populationKeys = (row: string): Record<string, string> => ({
  districtCode: `${row}.districtCode`,
  birthDate: `${row}.birthDate`,
  deceasedOn: `COALESCE(${row}.deceasedOn, '${ALIVE}')`,
  householdSpecial: `CASE WHEN ${specialByHouseholdSql(row)} THEN 1 ELSE 0 END`,
});

/** The population tally's rows counted from the registry. */
function populationFromRecords(dataSource: DataSource): string {
  const keys = populationKeys('e');
  return `INSERT INTO ${table(dataSource, PopulationTally)} (${Object.keys(keys).join(', ')}, elders)
          SELECT ${Object.values(keys).join(', ')}, COUNT(*) FROM ${table(dataSource, Elder)} e
           WHERE e.birthDate IS NOT NULL GROUP BY ${Object.values(keys).join(', ')}`;
}

/** The spans of the moderate-or-worse assessments of the elders not special by household: one person's (`person`, a SQL expression) or everyone's. */
function spansFromRecords(dataSource: DataSource, person?: string): string {
  const assessments = table(dataSource, AbilityAssessment);
  return `INSERT INTO ${table(dataSource, AssessedSpecialSpan)} (assessmentId, personKey, districtCode, birthDate, deceasedOn, assessedOn, nextOn)
          SELECT m.id, m.personKey, e.districtCode, e.birthDate, e.deceasedOn, m.assessedOn,
                 (SELECT MIN(later.assessedOn) FROM ${assessments} later WHERE later.personKey = m.personKey
                     AND (later.assessedOn > m.assessedOn OR (later.assessedOn = m.assessedOn AND later.id > m.id)))
            FROM ${assessments} m JOIN ${table(dataSource, Elder)} e ON e.personKey = m.personKey
           WHERE ${person ? `m.personKey = ${person} AND ` : ''}m.level IN (${levels}) AND e.birthDate IS NOT NULL
             AND (CASE WHEN ${specialByHouseholdSql('e')} THEN 1 ELSE 0 END) = 0`;
}

/** Recounts one person's spans: any change to their record or assessments can move every one of them. */
const personSpans = (dataSource: DataSource, person: string) => [
  `DELETE FROM ${table(dataSource, AssessedSpecialSpan)} WHERE personKey = ${person}`,
  spansFromRecords(dataSource, person),
];

function visitsFromRecords(dataSource: DataSource): string {
  return `INSERT INTO ${table(dataSource, VisitMonthTally)} (month, districtCode, visited)
          SELECT m.month, m.districtCode, COUNT(*) FROM ${table(dataSource, CareVisitMonth)} m
           WHERE m.specialDifficulty = 1 GROUP BY m.month, m.districtCode`;
}

function triggers(dataSource: DataSource): Trigger[] {
  const dialect = dialectOf(dataSource);
  const population = table(dataSource, PopulationTally);
  const visits = table(dataSource, VisitMonthTally);
  const elderIn = (row: Row) =>
    increment(dialect, population, populationKeys(row), 'elders', `${row}.birthDate IS NOT NULL`);
  const elderOut = (row: Row) => decrement(population, populationKeys(row), 'elders', `${row}.birthDate IS NOT NULL`);
  const visitKeys = (row: Row) => ({ month: `${row}.month`, districtCode: `${row}.districtCode` });
  const visitIn = (row: Row) => increment(dialect, visits, visitKeys(row), 'visited', `${row}.specialDifficulty = 1`);
  const visitOut = (row: Row) => decrement(visits, visitKeys(row), 'visited', `${row}.specialDifficulty = 1`);
  const elder = table(dataSource, Elder);
  const assessment = table(dataSource, AbilityAssessment);
  const visitMonth = table(dataSource, CareVisitMonth);
  const name = (subject: string, event: string) => `${PREFIX}${subject}_${event.toLowerCase()}_v${RULE_VERSION}`;
  return [
    {
      name: name('elder', 'INSERT'),
      table: elder,
      event: 'INSERT',
      statements: [elderIn('NEW'), ...personSpans(dataSource, 'NEW.personKey')],
    },
    {
      name: name('elder', 'UPDATE'),
      table: elder,
      event: 'UPDATE',
      ofColumns: [
        'personKey',
        'districtCode',
        'birthDate',
        'deceasedOn',
        'livingSituation',
        'specialFamilyPlanningFamily',
      ],
      statements: [
        elderOut('OLD'),
        elderIn('NEW'),
        ...personSpans(dataSource, 'OLD.personKey'),
        ...personSpans(dataSource, 'NEW.personKey'),
      ],
    },
    {
      name: name('elder', 'DELETE'),
      table: elder,
      event: 'DELETE',
      statements: [elderOut('OLD'), ...personSpans(dataSource, 'OLD.personKey')],
    },
    {
      name: name('assessment', 'INSERT'),
      table: assessment,
      event: 'INSERT',
      statements: personSpans(dataSource, 'NEW.personKey'),
    },
    {
      name: name('assessment', 'UPDATE'),
      table: assessment,
      event: 'UPDATE',
      ofColumns: ['personKey', 'level', 'assessedOn'],
      statements: [...personSpans(dataSource, 'OLD.personKey'), ...personSpans(dataSource, 'NEW.personKey')],
    },
    {
      name: name('assessment', 'DELETE'),
      table: assessment,
      event: 'DELETE',
      statements: personSpans(dataSource, 'OLD.personKey'),
    },
    { name: name('visit_month', 'INSERT'), table: visitMonth, event: 'INSERT', statements: [visitIn('NEW')] },
    {
      name: name('visit_month', 'UPDATE'),
      table: visitMonth,
      event: 'UPDATE',
      ofColumns: ['month', 'districtCode', 'specialDifficulty'],
      statements: [visitOut('OLD'), visitIn('NEW')],
    },
    { name: name('visit_month', 'DELETE'), table: visitMonth, event: 'DELETE', statements: [visitOut('OLD')] },
  ];
}

function createTrigger(dialect: Dialect, trigger: Trigger): string {
  const of = dialect === 'sqlite' && trigger.ofColumns ? ` OF ${trigger.ofColumns.join(', ')}` : '';
  return `CREATE TRIGGER ${trigger.name} AFTER ${trigger.event}${of} ON ${trigger.table} FOR EACH ROW
          BEGIN ${trigger.statements.map((statement) => `${statement};`).join('\n')} END`;
}

async function existingTriggers(manager: EntityManager): Promise<string[]> {
  const rows = await manager.query<Array<{ name: string }>>(
    dialectOf(manager.connection) === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '${PREFIX}%'`
      : `SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME LIKE '${PREFIX}%'`,
  );
  return rows.map(({ name }) => name);
}

/** Drops the tallies' triggers, for a bulk load that recounts at its end (`ensureFigureTallies`): a trigger per row of millions costs more than one count. */
export async function dropFigureTallyTriggers(dataSource: DataSource): Promise<void> {
  for (const name of await existingTriggers(dataSource.manager)) await dataSource.query(`DROP TRIGGER ${name}`);
}

/** The three tables counted again from the records. */
export async function recountFigureTallies(manager: EntityManager): Promise<void> {
  const dataSource = manager.connection;
  for (const target of [PopulationTally, AssessedSpecialSpan, VisitMonthTally])
    await manager.query(`DELETE FROM ${table(dataSource, target)}`);
  await manager.query(populationFromRecords(dataSource));
  await manager.query(spansFromRecords(dataSource));
  await manager.query(visitsFromRecords(dataSource));
}

/**
 * Makes sure the current rule's triggers are in place. When they are not (a new database, a table the
 * embedded schema rebuilt, a seeding, a new rule), replaces whatever triggers of ours there are and
 * recounts the tables from the records: in one transaction on the embedded database. MariaDB commits
 * trigger DDL by itself, so there the triggers come first and the recount after, in a transaction of
 * its own (triggers left without a recount are dropped again, for the next start to retry); a write
 * landing between the two is counted by the recount alone — run it, as a start does, before the
 * department takes writes.
 */
export async function ensureFigureTallies(dataSource: DataSource, log: Logger): Promise<void> {
  const dialect = dialectOf(dataSource);
  const wanted = triggers(dataSource);
  const present = await existingTriggers(dataSource.manager);
  if (present.length === wanted.length && wanted.every(({ name }) => present.includes(name))) return;
  const started = Date.now();
  const replace = async (manager: EntityManager) => {
    for (const name of present) await manager.query(`DROP TRIGGER ${name}`);
    for (const trigger of wanted) await manager.query(createTrigger(dialect, trigger));
  };
  if (dialect === 'sqlite') {
    await plainTransaction(dataSource, async (manager) => {
      await replace(manager);
      await recountFigureTallies(manager);
    });
  } else {
    await replace(dataSource.manager);
    try {
      await plainTransaction(dataSource, recountFigureTallies);
    } catch (error) {
      await dropFigureTallyTriggers(dataSource);
      throw error;
    }
  }
  log.info('figure tallies recounted', { triggers: wanted.length, ms: Date.now() - started });
}
