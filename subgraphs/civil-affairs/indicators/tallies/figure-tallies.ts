import type { DataSource, EntityManager } from 'typeorm';
import { decrement, dialectOf, increment, type TallySet, type Trigger } from '../../../shared/db/tally-triggers';
import { AbilityAssessment } from '../../assessment/ability-assessment.entity';
import { Elder } from '../../elder/elder.entity';
import { SPECIAL_DIFFICULTY_LEVELS, specialByHouseholdSql } from '../../elder/special-difficulty';
import { CareVisitMonth } from '../../visit/visit-month.entity';
import { AssessedSpecialSpan } from './assessed-special-span.entity';
import { ALIVE, PopulationTally } from './population-tally.entity';
import { VisitMonthTally } from './visit-month-tally.entity';

/*
 * The joint meeting's population figures, kept as civil affairs writes (`shared/db/tally-triggers.ts`):
 * triggers on the registry, the assessments and the visit months update three derived tables, and a
 * report for a day nobody asked before reads them instead of the 800,000-elder registry (1.0 s →
 * 0.1 s of SQL).
 */

/** Part of every trigger's name; a changed rule takes a new number, so the next start replaces the triggers and recounts. */
const RULE_VERSION = 1;

type Row = 'NEW' | 'OLD';

const table = (dataSource: DataSource, target: Parameters<DataSource['getMetadata']>[0]) =>
  dataSource.getMetadata(target).tableName;

const levels = SPECIAL_DIFFICULTY_LEVELS.map((level) => `'${level}'`).join(', ');

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
  const name = (subject: string, event: string) => `figure_tally_${subject}_${event.toLowerCase()}_v${RULE_VERSION}`;
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

/** The three tables counted again from the records. */
export async function recountFigureTallies(manager: EntityManager): Promise<void> {
  const dataSource = manager.connection;
  for (const target of [PopulationTally, AssessedSpecialSpan, VisitMonthTally])
    await manager.query(`DELETE FROM ${table(dataSource, target)}`);
  await manager.query(populationFromRecords(dataSource));
  await manager.query(spansFromRecords(dataSource));
  await manager.query(visitsFromRecords(dataSource));
}

/** Civil affairs' tallies (`SubgraphDefinition.tallies`). */
export const FIGURE_TALLIES: TallySet = { prefix: 'figure_tally_', triggers, recount: recountFigureTallies };
