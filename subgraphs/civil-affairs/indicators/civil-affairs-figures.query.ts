import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { sumCounts } from '../../shared/areas/city-of-districts';
import { AgeFriendlyCommunity } from '../age-friendly/age-friendly-community.entity';
import { Area } from '../area/area.entity';
import { AreaLevel } from '../area/area-level.enum';
import { AbilityAssessment } from '../assessment/ability-assessment.entity';
import { AbilityLevel } from '../assessment/ability.enums';
import { Bed } from '../bed/bed.entity';
import { elderBornBy } from '../../shared/policy/elder-age';
import { NURSING_TYPE_BED_KINDS } from '../bed/bed-kind.enum';
import { EconomicStatus } from '../elder/elder.enums';
import { SPECIAL_DIFFICULTY_LEVELS, specialByHouseholdSql } from '../elder/special-difficulty';
import { Elder } from '../elder/elder.entity';
import { CommunityFacility } from '../facility/facility.entity';
import { FacilityKind } from '../facility/facility-kind.enum';
import { FamilyBed } from '../family-bed/family-bed.entity';
import { Institution } from '../institution/institution.entity';
import { compliantOn, deliveredOn } from '../residential-development/facility-standard';
import { ResidentialDevelopment } from '../residential-development/residential-development.entity';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { CareVisitMonth } from '../visit/visit-month.entity';
import { AssessedSpecialSpan } from './tallies/assessed-special-span.entity';
import { PopulationTally } from './tallies/population-tally.entity';
import { VisitMonthTally } from './tallies/visit-month-tally.entity';
import type { CivilAffairsAreaFigures } from '../../shared/indicators/civil-affairs-area-figures';
import { type ExtremePovertyCounts, type ExtremePovertyRecord, extremePovertyOverDays } from './extreme-poverty-days';
import { visitingMonth } from './indicator-days';
import { countsOverDays, dayIndexes, type IntervalCount } from '../../shared/indicators/day-intervals';
import { daysTable as sharedDaysTable } from '../../shared/indicators/days-table';

type Row = Record<string, string | number | null> & { day: string; districtCode: string };
type Params = Record<string, unknown>;

/** A SELECT with its named parameters, to aggregate or to list from. */
export interface Sql {
  sql: string;
  params: Params;
}

/** Civil affairs' own counts for an area on a day (health's integrated institutions are applied by the joint meeting). */
export type OwnFigures = CivilAffairsAreaFigures;

const DISABLED = [
  AbilityLevel.MILD_DISABILITY,
  AbilityLevel.MODERATE_DISABILITY,
  AbilityLevel.SEVERE_DISABILITY,
  AbilityLevel.TOTAL_DISABILITY,
];

/** In force on the day (`:day`, or a SQL expression such as a column of the table of days) for a record dated from `start` until the day `end` (exclusive; null while open). */
export const onDay = (alias: string, start: string, end: string, day = ':day') =>
  `${alias}.${start} <= ${day} AND (${alias}.${end} IS NULL OR ${alias}.${end} > ${day})`;
export const operating = (alias: string, day = ':day') => onDay(alias, 'openedOn', 'closedOn', day);

/**
 * The days of one call as a derived table (`subgraphs/shared/indicators/days-table.ts`), each with
 * the bounds civil affairs' rules read: `bornBy`, `monthBornBy`, `oldestBornBy`, `month` (YYYY-MM,
 * indicator 9's visiting month), `monthLast`, `year`.
 */
export function daysTable(days: readonly string[]): Sql {
  return sharedDaysTable(days, (day) => {
    const month = visitingMonth(day);
    const bornBy = elderBornBy(day);
    const monthBornBy = elderBornBy(month.last);
    return {
      bornBy,
      monthBornBy,
      oldestBornBy: bornBy > monthBornBy ? bornBy : monthBornBy,
      month: month.first.slice(0, 7),
      monthLast: month.last,
      year: Number(day.slice(0, 4)),
    };
  });
}

/**
 * Civil affairs' own counts for every district on each day of a call: one GROUP BY (day, district)
 * per subject over its own tables joined to the table of days, so a request asking for the city and
 * all districts on one day or on 24 costs the same few statements.
 */
export class CivilAffairsFiguresQuery {
  constructor(private readonly dataSource: DataSource) {}

  table(target: EntityTarget<ObjectLiteral>): string {
    return this.dataSource.getMetadata(target).tableName;
  }

  /** Runs SQL with named parameters (`:day`, `:...codes`) on either database. */
  async grouped<T = Row>(sql: string, params: Params): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values);
  }

  /** The latest ability level assessed by a day (a SQL expression), of the elder aliased `e`: a probe per elder, for small populations. */
  private levelBy(day: string): string {
    return `(SELECT a.level FROM ${this.table(AbilityAssessment)} a WHERE a.personKey = e.personKey AND a.assessedOn <= ${day} ORDER BY a.assessedOn DESC, a.id DESC LIMIT 1)`;
  }

  /**
   * The same rule as a set, for the whole registry on each day of the table aliased `d`: (day,
   * person) pairs whose latest assessment by the day's `monthLast` (ties broken by record number)
   * has one of the levels. Read from the assessments of those levels only, so the registry's 800,000
   * elders are not probed one by one. Uncorrelated with the outer query (it reads its own table of
   * days), so the database builds the set once, not per elder.
   */
  private latestLevelIn(days: string, levelsParam: string): string {
    const assessments = this.table(AbilityAssessment);
    return `SELECT d.day AS day, m.personKey AS personKey FROM ${days} d JOIN ${assessments} m ON m.level IN (:...${levelsParam}) AND m.assessedOn <= d.monthLast
             WHERE NOT EXISTS (SELECT 1 FROM ${assessments} later WHERE later.personKey = m.personKey AND later.assessedOn <= d.monthLast
                                AND (later.assessedOn > m.assessedOn OR (later.assessedOn = m.assessedOn AND later.id > m.id)))`;
  }

  /**
   * One row per day and elder of the registry born early enough: whether a 60+ elder alive on the
   * day, and whether special-difficulty at the end of indicator 9's visiting month (`month`).
   * `+e.birthDate` keeps SQLite off the birth-date index: through it, it fetched each of 800,000 rows
   * from the table (5.0 s for one day); the covering registry index reads them in 1.3 s (bench:plans).
   */
  populationRowsOn(days: readonly string[]): Sql {
    const table = daysTable(days);
    return {
      sql: `SELECT d.day AS day, d.month AS month, e.personKey AS personKey, e.districtCode AS districtCode,
                   CASE WHEN e.birthDate <= d.bornBy AND (e.deceasedOn IS NULL OR e.deceasedOn > d.day) THEN 1 ELSE 0 END AS isElder,
                   CASE WHEN e.birthDate > d.monthBornBy OR (e.deceasedOn IS NOT NULL AND e.deceasedOn <= d.monthLast) THEN 0
                        WHEN ${specialByHouseholdSql('e')} THEN 1
                        WHEN (d.day, e.personKey) IN (${this.latestLevelIn(table.sql, 'moderateOrWorse')}) THEN 1
                        ELSE 0 END AS isSpecial
              FROM ${table.sql} d JOIN ${this.table(Elder)} e ON +e.birthDate <= d.oldestBornBy`,
      params: { ...table.params, moderateOrWorse: SPECIAL_DIFFICULTY_LEVELS },
    };
  }

  /** The special-difficulty elders of the visiting month on a day, each with whether a visit in it found them so (indicator 9's records). */
  specialDifficultyRows(day: string): Sql {
    const { sql, params } = this.populationRowsOn([day]);
    return {
      sql: `SELECT p.personKey AS personKey, p.districtCode AS districtCode, p.isSpecial AS isSpecial,
                   CASE WHEN EXISTS (SELECT 1 FROM ${this.table(CareVisitMonth)} m WHERE m.month = p.month AND m.personKey = p.personKey AND m.specialDifficulty = 1) THEN 1 ELSE 0 END AS visited
              FROM (${sql}) p`,
      params,
    };
  }

  /** One row per day and 特困 elder 60+ alive on it: disabled (level 1–4 by then), wishing centralised care, staying in an institution on the day (indicators 1 and 2). */
  extremePovertyRowsOn(days: readonly string[]): Sql {
    const table = daysTable(days);
    return {
      sql: `SELECT d.day AS day, e.personKey AS personKey, e.districtCode AS districtCode,
                   CASE WHEN ${this.levelBy('d.day')} IN (:...disabled) THEN 1 ELSE 0 END AS disabled,
                   CASE WHEN e.wantsCentralisedCare = 1 THEN 1 ELSE 0 END AS wishing,
                   CASE WHEN EXISTS (SELECT 1 FROM ${this.table(InstitutionStay)} s WHERE s.personKey = e.personKey AND ${onDay('s', 'admittedOn', 'dischargedOn', 'd.day')}) THEN 1 ELSE 0 END AS inCare
              FROM ${table.sql} d JOIN ${this.table(Elder)} e
                ON e.economicStatus = :extremePoverty AND e.birthDate <= d.bornBy AND (e.deceasedOn IS NULL OR e.deceasedOn > d.day)`,
      params: { ...table.params, extremePoverty: EconomicStatus.EXTREME_POVERTY, disabled: DISABLED },
    };
  }

  /** The 特困 elders of indicators 1 and 2 on one day (their records). */
  extremePovertyRows(day: string): Sql {
    return this.extremePovertyRowsOn([day]);
  }

  /**
   * Elders and special-difficulty elders per district on each day asked, from the tallies civil
   * affairs keeps as it writes (`tallies/figure-tallies.ts`): the rule `populationRowsOn` lists on one
   * day — change both together. Each condition of that rule holds from a day on or until a day, so a
   * tally row counts on an interval of the days (`day-intervals.ts`): elders from the day they are 60
   * to the day they die; special-difficulty elders within the visiting month's window (60 by its
   * last day, alive through it) when so by household, else within the days on whose visiting month
   * one of their assessments of the levels is the latest (from its day to the next assessment's).
   * At 800,000 elders: 160,000 population rows and 18,500 spans, where reading the registry twice and
   * joining the assessments to their successors and elders took 1.0 s for one day. Each part is
   * grouped before the union: MariaDB materialised the union's 340,000 rows to group them (0.35 s →
   * 0.15 s; SQLite 0.15 → 0.11 s).
   */
  private async population(days: readonly string[]): Promise<Row[]> {
    const sorted = [...days].sort();
    const on = dayIndexes(sorted, (day) => {
      const monthLast = visitingMonth(day).last;
      return { bornBy: elderBornBy(day), monthBornBy: elderBornBy(monthLast), monthLast };
    });
    const inMonth = (alias: string) =>
      `${on.from((d) => `${alias}.birthDate <= ${d.monthBornBy}`)} AS from1, ${on.until((d) => `(${alias}.deceasedOn IS NULL OR ${alias}.deceasedOn > ${d.monthLast})`)} AS until1`;
    const tally = this.table(PopulationTally);
    const rows = await this.grouped<
      IntervalCount & {
        kind: 'elders' | 'special';
        districtCode: string;
        from1: number | string;
        until1: number | string;
      }
    >(
      `SELECT u.kind AS kind, u.districtCode AS districtCode, u.from1 AS from1, u.until1 AS until1,
              u.fromDay AS fromDay, u.untilDay AS untilDay, SUM(u.elders) AS count
         FROM (SELECT 'elders' AS kind, t.districtCode AS districtCode, 0 AS from1, ${sorted.length} AS until1,
                      ${on.from((d) => `t.birthDate <= ${d.bornBy}`)} AS fromDay, ${on.until((d) => `t.deceasedOn > ${d.day}`)} AS untilDay, SUM(t.elders) AS elders
                 FROM ${tally} t WHERE t.elders > 0 GROUP BY t.districtCode, fromDay, untilDay
               UNION ALL
               SELECT 'special', t.districtCode, ${inMonth('t')}, 0, ${sorted.length}, SUM(t.elders)
                 FROM ${tally} t WHERE t.elders > 0 AND t.householdSpecial = 1 GROUP BY t.districtCode, from1, until1
               UNION ALL
               SELECT 'special', s.districtCode, ${inMonth('s')},
                      ${on.from((d) => `s.assessedOn <= ${d.monthLast}`)} AS fromDay, ${on.until((d) => `(s.nextOn IS NULL OR s.nextOn > ${d.monthLast})`)} AS untilDay, COUNT(*)
                 FROM ${this.table(AssessedSpecialSpan)} s GROUP BY s.districtCode, from1, until1, fromDay, untilDay) u
        GROUP BY u.kind, u.districtCode, u.from1, u.until1, u.fromDay, u.untilDay`,
      on.params,
    );
    // A row counts where both of its intervals hold.
    const intervals = rows.map((row) => ({
      ...row,
      fromDay: Math.max(Number(row.from1), Number(row.fromDay)),
      untilDay: Math.min(Number(row.until1), Number(row.untilDay)),
    }));
    return countsOverDays(
      sorted,
      intervals,
      ({ kind, districtCode }) => ({ kind, districtCode }),
      ({ kind, districtCode }) => `${kind}\u0000${districtCode}`,
    ).map(({ day, group, count }) => ({
      day,
      districtCode: group.districtCode,
      [group.kind === 'elders' ? 'elders' : 'specialDifficulty']: count,
    }));
  }

  /** Elders whose visit in the visiting month found them special-difficulty, by the district they lived in then (indicator 9's numerator), from the tally kept as visits are written. */
  private visited(days: Sql): Promise<Row[]> {
    return this.grouped(
      `SELECT d.day AS day, t.districtCode AS districtCode, SUM(t.visited) AS specialDifficultyVisited
         FROM ${days.sql} d JOIN ${this.table(VisitMonthTally)} t ON t.month = d.month
        GROUP BY d.day, t.districtCode`,
      days.params,
    );
  }

  /**
   * Indicators 1 and 2 on each day asked. One day: the records' rule (`extremePovertyRowsOn`) summed,
   * probing each 特困 elder's latest assessment and stays (a few milliseconds). Several: every 特困
   * elder 60+ by the last day, their assessments and stays, read once and walked over the days
   * (`extreme-poverty-days.ts`) — probing per day cost a 24-month series 4× as much SQL; each day of
   * a series answers as that day asked alone (indicator-series.spec), so the two stay one rule.
   */
  private async extremePoverty(days: readonly string[]): Promise<ExtremePovertyCounts[]> {
    if (days.length === 1) {
      const { sql, params } = this.extremePovertyRowsOn(days);
      return this.grouped<ExtremePovertyCounts>(
        `SELECT u.day AS day, u.districtCode AS districtCode, SUM(u.disabled) AS disabledExtremePoverty, SUM(u.disabled * u.inCare) AS disabledExtremePovertyInCare,
                SUM(u.wishing) AS extremePovertyWishingCare, SUM(u.wishing * u.inCare) AS extremePovertyWishingCareInCare
           FROM (${sql}) u GROUP BY u.day, u.districtCode`,
        params,
      );
    }
    const lastBornBy = elderBornBy([...days].sort()[days.length - 1]);
    const ofTheElders = `JOIN ${this.table(Elder)} e ON e.personKey = r.personKey AND e.economicStatus = :extremePoverty AND e.birthDate <= :lastBornBy`;
    const records = await this.grouped<ExtremePovertyRecord>(
      `SELECT 'elder' AS kind, e.personKey AS personKey, e.districtCode AS districtCode, e.birthDate AS fromOn, e.deceasedOn AS untilOn,
              CASE WHEN e.wantsCentralisedCare = 1 THEN 1 ELSE 0 END AS wishing, NULL AS level, 0 AS id
         FROM ${this.table(Elder)} e WHERE e.economicStatus = :extremePoverty AND e.birthDate <= :lastBornBy
       UNION ALL
       SELECT 'assessment', r.personKey, NULL, r.assessedOn, NULL, NULL, r.level, r.id FROM ${this.table(AbilityAssessment)} r ${ofTheElders}
       UNION ALL
       SELECT 'stay', r.personKey, NULL, r.admittedOn, r.dischargedOn, NULL, NULL, r.id FROM ${this.table(InstitutionStay)} r ${ofTheElders}`,
      { extremePoverty: EconomicStatus.EXTREME_POVERTY, lastBornBy },
    );
    return extremePovertyOverDays(days, records, DISABLED);
  }

  private beds(days: Sql): Promise<Row[]> {
    return this.grouped(
      `SELECT d.day AS day, i.districtCode AS districtCode, COUNT(*) AS beds, SUM(CASE WHEN b.kind IN (:...nursingKinds) THEN 1 ELSE 0 END) AS nursingBeds
         FROM ${days.sql} d JOIN ${this.table(Bed)} b ON ${onDay('b', 'inServiceFrom', 'retiredOn', 'd.day')}
         JOIN ${this.table(Institution)} i ON i.code = b.institutionCode AND ${operating('i', 'd.day')}
        GROUP BY d.day, i.districtCode`,
      { ...days.params, nursingKinds: NURSING_TYPE_BED_KINDS },
    );
  }

  private institutions(days: Sql): Promise<Row[]> {
    const flag = (column: string, name: string) => `SUM(CASE WHEN i.${column} = 1 THEN 1 ELSE 0 END) AS ${name}`;
    return this.grouped(
      `SELECT d.day AS day, i.districtCode AS districtCode, COUNT(*) AS institutions, ${flag('smartHome', 'smartHomes')}, ${flag('offersHomeVisits', 'homeVisitInstitutions')},
              ${flag('smartFireMonitoring', 'smartFire')}, ${flag('smartGasMonitoring', 'smartGas')}, ${flag('brightKitchen', 'brightKitchen')},
              ${flag('meetsServiceQualityStandard', 'serviceQualityStandard')}, ${flag('meetsSafetyStandard', 'safetyStandard')}
         FROM ${days.sql} d JOIN ${this.table(Institution)} i ON ${operating('i', 'd.day')} GROUP BY d.day, i.districtCode`,
      days.params,
    );
  }

  /** Streets and towns per district, and those with their kind of comprehensive centre open on the day (indicators 6 and 7). */
  private centreCoverage(days: Sql): Promise<Row[]> {
    const covered = (level: string, kind: string) =>
      `SUM(CASE WHEN a.level = :${level} AND EXISTS (SELECT 1 FROM ${this.table(CommunityFacility)} f WHERE f.townCode = a.code AND f.kind = :${kind} AND ${operating('f', 'd.day')}) THEN 1 ELSE 0 END)`;
    return this.grouped(
      `SELECT d.day AS day, a.parentCode AS districtCode,
              SUM(CASE WHEN a.level = :street THEN 1 ELSE 0 END) AS streets, ${covered('street', 'streetCentre')} AS streetsWithCentre,
              SUM(CASE WHEN a.level = :town THEN 1 ELSE 0 END) AS towns, ${covered('town', 'townCentre')} AS townsWithCentre
         FROM ${days.sql} d JOIN ${this.table(Area)} a ON a.level IN (:street, :town) GROUP BY d.day, a.parentCode`,
      {
        ...days.params,
        street: AreaLevel.STREET,
        town: AreaLevel.TOWN,
        streetCentre: FacilityKind.STREET_CENTRE,
        townCentre: FacilityKind.TOWN_REGIONAL_CENTRE,
      },
    );
  }

  /**
   * Villages and communities per district (their town or street's parent), and those a day-care
   * centre open on the day stands in (专栏1: 村（社区）层面 日间照料服务全覆盖), on each day asked: one
   * row per village or community and day-care centre in it, with the interval of the days the centre
   * is open on (`day-intervals.ts`); a village counts on a day when any of its centres is open.
   * Joining the villages to the table of days probed every (day, village) for a centre.
   */
  private async dayCareCoverage(days: readonly string[]): Promise<Row[]> {
    const sorted = [...days].sort();
    const on = dayIndexes(sorted);
    const rows = await this.grouped<{
      code: string;
      districtCode: string;
      fromDay: number | string;
      untilDay: number | string;
    }>(
      `SELECT v.code AS code, t.parentCode AS districtCode,
              ${on.from((d) => `f.openedOn <= ${d.day}`)} AS fromDay, ${on.until((d) => `(f.closedOn IS NULL OR f.closedOn > ${d.day})`)} AS untilDay
         FROM ${this.table(Area)} v JOIN ${this.table(Area)} t ON t.code = v.parentCode
         LEFT JOIN ${this.table(CommunityFacility)} f ON f.communityCode = v.code AND f.kind = :dayCare
        WHERE v.level IN (:village, :community)`,
      { ...on.params, village: AreaLevel.VILLAGE, community: AreaLevel.COMMUNITY, dayCare: FacilityKind.DAY_CARE },
    );
    const villages = new Map<string, { districtCode: string; open: boolean[] }>();
    for (const row of rows) {
      const village = villages.get(row.code) ?? { districtCode: row.districtCode, open: sorted.map(() => false) };
      for (let i = Number(row.fromDay); i < Math.min(Number(row.untilDay), sorted.length); i++) village.open[i] = true;
      villages.set(row.code, village);
    }
    const perDistrict = new Map<string, Array<{ open: boolean[] }>>();
    for (const village of villages.values()) {
      const inDistrict = perDistrict.get(village.districtCode);
      if (inDistrict) inDistrict.push(village);
      else perDistrict.set(village.districtCode, [village]);
    }
    return sorted.flatMap((day, i) =>
      [...perDistrict].map(([districtCode, inDistrict]) => ({
        day,
        districtCode,
        villagesAndCommunities: inDistrict.length,
        villagesAndCommunitiesWithDayCare: inDistrict.filter(({ open }) => open[i]).length,
      })),
    );
  }

  private facilities(days: Sql): Promise<Row[]> {
    const ofKind = (kind: string, name: string) => `SUM(CASE WHEN f.kind = :${kind} THEN 1 ELSE 0 END) AS ${name}`;
    return this.grouped(
      `SELECT d.day AS day, f.districtCode AS districtCode, ${ofKind('university', 'elderlyUniversities')}, ${ofKind('embedded', 'embeddedSmallInstitutions')}, ${ofKind('rental', 'rehabAidRentalPoints')}
         FROM ${days.sql} d JOIN ${this.table(CommunityFacility)} f ON f.kind IN (:university, :embedded, :rental) AND ${operating('f', 'd.day')}
        GROUP BY d.day, f.districtCode`,
      {
        ...days.params,
        university: FacilityKind.ELDERLY_UNIVERSITY,
        embedded: FacilityKind.EMBEDDED_SMALL_INSTITUTION,
        rental: FacilityKind.REHAB_AID_RENTAL_POINT,
      },
    );
  }

  private familyBeds(days: Sql): Promise<Row[]> {
    return this.grouped(
      `SELECT d.day AS day, b.districtCode AS districtCode, COUNT(*) AS familyBeds
         FROM ${days.sql} d JOIN ${this.table(FamilyBed)} b ON ${onDay('b', 'openedOn', 'closedOn', 'd.day')} GROUP BY d.day, b.districtCode`,
      days.params,
    );
  }

  /** Designations carry a year, not a day: a designation counts from its year on. */
  private ageFriendly(days: Sql): Promise<Row[]> {
    return this.grouped(
      `SELECT d.day AS day, c.districtCode AS districtCode, COUNT(*) AS ageFriendlyCommunities
         FROM ${days.sql} d JOIN ${this.table(AgeFriendlyCommunity)} c ON c.designatedYear <= d.year GROUP BY d.day, c.districtCode`,
      days.params,
    );
  }

  private residential(days: Sql): Promise<Row[]> {
    return this.grouped(
      `SELECT d.day AS day, r.districtCode AS districtCode, COUNT(*) AS residentialDevelopments, SUM(CASE WHEN ${compliantOn('r', 'd.day')} THEN 1 ELSE 0 END) AS residentialDevelopmentsCompliant
         FROM ${days.sql} d JOIN ${this.table(ResidentialDevelopment)} r ON ${deliveredOn('r', 'd.day')} GROUP BY d.day, r.districtCode`,
      days.params,
    );
  }

  /** The codes of the institutions operating on each day, by day then district: all of them, or the 特困人员供养服务机构 only. */
  async operatingInstitutionsOn(
    days: readonly string[],
    extremePovertySupportOnly = false,
  ): Promise<Map<string, Map<string, string[]>>> {
    const table = daysTable(days);
    const only = extremePovertySupportOnly ? ' AND i.extremePovertySupport = 1' : '';
    const rows = await this.grouped<{ day: string; districtCode: string; code: string }>(
      `SELECT d.day AS day, i.districtCode AS districtCode, i.code AS code
         FROM ${table.sql} d JOIN ${this.table(Institution)} i ON ${operating('i', 'd.day')}${only} ORDER BY d.day, i.code`,
      table.params,
    );
    const byDay = new Map(days.map((day) => [day, new Map<string, string[]>()]));
    for (const { day, districtCode, code } of rows) {
      const byDistrict = byDay.get(String(day))!;
      byDistrict.set(districtCode, [...(byDistrict.get(districtCode) ?? []), code]);
    }
    return byDay;
  }

  /** Every district's own figures on each day, keyed by day then district code. */
  async perDistrictOn(days: readonly string[]): Promise<Map<string, Map<string, OwnFigures>>> {
    const table = daysTable(days);
    const districts = await this.dataSource
      .getRepository(Area)
      .find({ where: { level: AreaLevel.DISTRICT }, select: { code: true } });
    const parts = await Promise.all([
      this.population(days),
      this.visited(table),
      this.extremePoverty(days),
      this.beds(table),
      this.institutions(table),
      this.centreCoverage(table),
      this.dayCareCoverage(days),
      this.facilities(table),
      this.familyBeds(table),
      this.ageFriendly(table),
      this.residential(table),
    ]);
    const counts = new Map(
      days.map((day) => [day, new Map<string, Record<string, number>>(districts.map(({ code }) => [code, {}]))]),
    );
    for (const rows of parts) {
      for (const { day, districtCode, ...values } of rows) {
        const figures = counts.get(String(day))?.get(districtCode);
        if (!figures) continue;
        for (const [name, value] of Object.entries(values)) figures[name] = Number(value ?? 0);
      }
    }
    return new Map(
      [...counts].map(([day, byDistrict]) => [
        day,
        new Map([...byDistrict].map(([code, own]) => [code, districtFigures(own)])),
      ]),
    );
  }

  /** Every district's own figures on one day, keyed by district code. */
  async perDistrict(day: string): Promise<Map<string, OwnFigures>> {
    return (await this.perDistrictOn([day])).get(day)!;
  }
}

/** A district's figures from its raw counts: zero where a query found nothing, and the district-level coverages it adds to the city's. */
function districtFigures(counts: Record<string, number>): OwnFigures {
  const count = (name: string) => counts[name] ?? 0;
  return {
    elders: count('elders'),
    disabledExtremePoverty: count('disabledExtremePoverty'),
    disabledExtremePovertyInCare: count('disabledExtremePovertyInCare'),
    extremePovertyWishingCare: count('extremePovertyWishingCare'),
    extremePovertyWishingCareInCare: count('extremePovertyWishingCareInCare'),
    beds: count('beds'),
    nursingBeds: count('nursingBeds'),
    streets: count('streets'),
    streetsWithCentre: count('streetsWithCentre'),
    towns: count('towns'),
    townsWithCentre: count('townsWithCentre'),
    institutions: count('institutions'),
    smartHomes: count('smartHomes'),
    homeVisitInstitutions: count('homeVisitInstitutions'),
    smartFire: count('smartFire'),
    smartGas: count('smartGas'),
    brightKitchen: count('brightKitchen'),
    serviceQualityStandard: count('serviceQualityStandard'),
    safetyStandard: count('safetyStandard'),
    specialDifficulty: count('specialDifficulty'),
    specialDifficultyVisited: count('specialDifficultyVisited'),
    familyBeds: count('familyBeds'),
    residentialDevelopments: count('residentialDevelopments'),
    residentialDevelopmentsCompliant: count('residentialDevelopmentsCompliant'),
    villagesAndCommunities: count('villagesAndCommunities'),
    villagesAndCommunitiesWithDayCare: count('villagesAndCommunitiesWithDayCare'),
    districts: 1,
    districtsWithElderlyUniversity: count('elderlyUniversities') > 0 ? 1 : 0,
    embeddedSmallInstitutions: count('embeddedSmallInstitutions'),
    rehabAidRentalPoints: count('rehabAidRentalPoints'),
    ageFriendlyCommunities: count('ageFriendlyCommunities'),
    districtsWithTwoAgeFriendly: count('ageFriendlyCommunities') >= 2 ? 1 : 0,
  };
}

/** The names of civil affairs' own figures, each a count. */
const OWN_FIGURE_NAMES = Object.keys(districtFigures({})) as Array<keyof OwnFigures>;

/** The city's figures: every district's added up (each figure is a count, so the sum is exact). */
export function cityFigures(districts: Iterable<OwnFigures>): OwnFigures {
  return sumCounts(OWN_FIGURE_NAMES, districts);
}
