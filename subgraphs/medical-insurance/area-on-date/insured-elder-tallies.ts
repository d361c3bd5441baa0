import type { DataSource, EntityManager } from 'typeorm';
import {
  type Dialect,
  decrement,
  dialectOf,
  increment,
  type TallySet,
  type Trigger,
} from '../../shared/db/tally-triggers';
import { ELDER_MINIMUM_AGE } from '../../shared/policy/elder-age';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
import { LtciEnrolmentStatus } from '../enrolment/ltci-enrolment.enums';
import { InsuredElderTally, STILL_ACTIVE } from './insured-elder-tally.entity';

/*
 * Measure 16's insured elders, kept as medical insurance writes (`shared/db/tally-triggers.ts`):
 * triggers on the enrolments update `insured_elder_tally`, and a report for a day nobody asked before
 * reads its rows instead of every enrolment (0.41 s at 800,000 elders).
 */

/** Part of every trigger's name; a changed rule takes a new number, so the next start replaces the triggers and recounts. */
const RULE_VERSION = 1;

/**
 * An enrolment row's key in the tally (`row`: `NEW`, `OLD` or an alias). An enrolment keeps only its
 * current status and the day it took effect (`statusSince`), so a person was insured on a day from
 * `since`, and until the day a status other than ACTIVE took effect. The 60th birthday is the
 * birth date's text with the year moved on, so `countsFrom <= day` holds exactly when `since <= day`
 * and `birthDate <= elderBornBy(day)` (`yearsBefore` moves the day's year back the same way).
 */
function tallyKeys(dialect: Dialect, row: string): Record<string, string> {
  const since = dialect === 'sqlite' ? `${row}.since` : `DATE_FORMAT(${row}.since, '%Y-%m-%d')`;
  const birthday =
    dialect === 'sqlite'
      ? `(CAST(substr(${row}.birthDate, 1, 4) AS INTEGER) + ${ELDER_MINIMUM_AGE}) || substr(${row}.birthDate, 5)`
      : `CONCAT(YEAR(${row}.birthDate) + ${ELDER_MINIMUM_AGE}, DATE_FORMAT(${row}.birthDate, '-%m-%d'))`;
  return {
    districtCode: `${row}.districtCode`,
    scheme: `${row}.scheme`,
    countsFrom: dialect === 'sqlite' ? `MAX(${since}, ${birthday})` : `GREATEST(${since}, ${birthday})`,
    lapsedOn: `CASE WHEN ${row}.status = '${LtciEnrolmentStatus.ACTIVE}' THEN '${STILL_ACTIVE}' ELSE ${row}.statusSince END`,
  };
}

const tableOf = (dataSource: DataSource, target: typeof LtciEnrolment | typeof InsuredElderTally) =>
  dataSource.getMetadata(target).tableName;

function triggers(dataSource: DataSource): Trigger[] {
  const dialect = dialectOf(dataSource);
  const tally = tableOf(dataSource, InsuredElderTally);
  const enrolments = tableOf(dataSource, LtciEnrolment);
  const placed = (row: string) => `${row}.birthDate IS NOT NULL`;
  const into = (row: string) => increment(dialect, tally, tallyKeys(dialect, row), 'persons', placed(row));
  const outOf = (row: string) => decrement(tally, tallyKeys(dialect, row), 'persons', placed(row));
  const name = (event: string) => `insured_tally_enrolment_${event.toLowerCase()}_v${RULE_VERSION}`;
  return [
    { name: name('INSERT'), table: enrolments, event: 'INSERT', statements: [into('NEW')] },
    {
      name: name('UPDATE'),
      table: enrolments,
      event: 'UPDATE',
      ofColumns: ['districtCode', 'scheme', 'since', 'birthDate', 'status', 'statusSince'],
      statements: [outOf('OLD'), into('NEW')],
    },
    { name: name('DELETE'), table: enrolments, event: 'DELETE', statements: [outOf('OLD')] },
  ];
}

/** The tally counted again from the enrolments (those without a birth date cannot be placed and are left out). */
export async function recountInsuredElders(manager: EntityManager): Promise<void> {
  const dataSource = manager.connection;
  const keys = Object.values(tallyKeys(dialectOf(dataSource), 'e'));
  await manager.query(`DELETE FROM ${tableOf(dataSource, InsuredElderTally)}`);
  await manager.query(
    `INSERT INTO ${tableOf(dataSource, InsuredElderTally)} (districtCode, scheme, countsFrom, lapsedOn, persons)
     SELECT ${keys.join(', ')}, COUNT(*) FROM ${tableOf(dataSource, LtciEnrolment)} e
      WHERE e.birthDate IS NOT NULL GROUP BY ${keys.join(', ')}`,
  );
}

/** Medical insurance's tallies (`SubgraphDefinition.tallies`). */
export const INSURED_ELDER_TALLIES: TallySet = { prefix: 'insured_tally_', triggers, recount: recountInsuredElders };
