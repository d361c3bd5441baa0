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
import { EconomicStatus, LivingSituation } from '../elder/elder.enums';
import { Elder } from '../elder/elder.entity';
import { CommunityFacility } from '../facility/facility.entity';
import { FacilityKind } from '../facility/facility-kind.enum';
import { FamilyBed } from '../family-bed/family-bed.entity';
import { Institution } from '../institution/institution.entity';
import { compliantCondition, deliveredCondition } from '../residential-development/facility-standard';
import { ResidentialDevelopment } from '../residential-development/residential-development.entity';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { CareVisitMonth } from '../visit/visit-month.entity';
import type { CivilAffairsAreaFigures } from '../../shared/indicators/civil-affairs-area-figures';
import { visitingMonth } from './indicator-days';

type Row = Record<string, string | number | null> & { districtCode: string };
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
const MODERATE_OR_WORSE = [
  AbilityLevel.MODERATE_DISABILITY,
  AbilityLevel.SEVERE_DISABILITY,
  AbilityLevel.TOTAL_DISABILITY,
];

/** In force on `:day` for a record dated from `start` until the day `end` (exclusive; null while open). */
export const onDay = (alias: string, start: string, end: string) =>
  `${alias}.${start} <= :day AND (${alias}.${end} IS NULL OR ${alias}.${end} > :day)`;
export const operating = (alias: string) => onDay(alias, 'openedOn', 'closedOn');

/**
 * Civil affairs' own counts for every district on a day: one GROUP BY per subject over its own
 * tables, so a request asking for the city and all districts costs the same few statements.
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

  /** The latest ability level assessed by a day (the parameter's name), of the elder aliased `e`: a probe per elder, for small populations. */
  private levelBy(dayParam: string): string {
    return `(SELECT a.level FROM ${this.table(AbilityAssessment)} a WHERE a.personKey = e.personKey AND a.assessedOn <= :${dayParam} ORDER BY a.assessedOn DESC, a.id DESC LIMIT 1)`;
  }

  /**
   * The same rule as a set, for the whole registry: persons whose latest assessment by the day (ties
   * broken by record number) has one of the levels. Read from the assessments of those levels only,
   * so the registry's 800,000 elders are not probed one by one.
   */
  private latestLevelIn(dayParam: string, levelsParam: string): string {
    const assessments = this.table(AbilityAssessment);
    return `SELECT m.personKey FROM ${assessments} m WHERE m.level IN (:...${levelsParam}) AND m.assessedOn <= :${dayParam}
              AND NOT EXISTS (SELECT 1 FROM ${assessments} later WHERE later.personKey = m.personKey AND later.assessedOn <= :${dayParam}
                                AND (later.assessedOn > m.assessedOn OR (later.assessedOn = m.assessedOn AND later.id > m.id)))`;
  }

  /**
   * One row per elder of the registry born early enough: whether a 60+ elder alive on the day, and
   * whether special-difficulty at the end of indicator 9's visiting month.
   */
  populationRows(day: string): Sql {
    const month = visitingMonth(day);
    const bornBy = elderBornBy(day);
    const monthBornBy = elderBornBy(month.last);
    return {
      sql: `SELECT e.personKey AS personKey, e.districtCode AS districtCode,
                   CASE WHEN e.birthDate <= :bornBy AND (e.deceasedOn IS NULL OR e.deceasedOn > :day) THEN 1 ELSE 0 END AS isElder,
                   CASE WHEN e.birthDate > :monthBornBy OR (e.deceasedOn IS NOT NULL AND e.deceasedOn <= :monthLast) THEN 0
                        WHEN e.specialFamilyPlanningFamily = 1 OR e.livingSituation <> :withFamily THEN 1
                        WHEN e.personKey IN (${this.latestLevelIn('monthLast', 'moderateOrWorse')}) THEN 1
                        ELSE 0 END AS isSpecial
              FROM ${this.table(Elder)} e
             WHERE e.birthDate <= :oldestBornBy`,
      params: {
        day,
        bornBy,
        monthBornBy,
        oldestBornBy: bornBy > monthBornBy ? bornBy : monthBornBy,
        month: month.first.slice(0, 7),
        monthLast: month.last,
        withFamily: LivingSituation.WITH_FAMILY,
        moderateOrWorse: MODERATE_OR_WORSE,
      },
    };
  }

  /** The special-difficulty elders of the visiting month, each with whether a visit in it found them so (indicator 9's records). */
  specialDifficultyRows(day: string): Sql {
    const { sql, params } = this.populationRows(day);
    return {
      sql: `SELECT p.personKey AS personKey, p.districtCode AS districtCode, p.isSpecial AS isSpecial,
                   CASE WHEN EXISTS (SELECT 1 FROM ${this.table(CareVisitMonth)} m WHERE m.month = :month AND m.personKey = p.personKey AND m.specialDifficulty = 1) THEN 1 ELSE 0 END AS visited
              FROM (${sql}) p`,
      params,
    };
  }

  /** One row per 特困 elder 60+ alive on the day: disabled (level 1–4 by then), wishing centralised care, staying in an institution on the day (indicators 1 and 2). */
  extremePovertyRows(day: string): Sql {
    return {
      sql: `SELECT e.personKey AS personKey, e.districtCode AS districtCode,
                   CASE WHEN ${this.levelBy('day')} IN (:...disabled) THEN 1 ELSE 0 END AS disabled,
                   CASE WHEN e.wantsCentralisedCare = 1 THEN 1 ELSE 0 END AS wishing,
                   CASE WHEN EXISTS (SELECT 1 FROM ${this.table(InstitutionStay)} s WHERE s.personKey = e.personKey AND ${onDay('s', 'admittedOn', 'dischargedOn')}) THEN 1 ELSE 0 END AS inCare
              FROM ${this.table(Elder)} e
             WHERE e.economicStatus = :extremePoverty AND e.birthDate <= :bornBy AND (e.deceasedOn IS NULL OR e.deceasedOn > :day)`,
      params: { day, bornBy: elderBornBy(day), extremePoverty: EconomicStatus.EXTREME_POVERTY, disabled: DISABLED },
    };
  }

  private population(day: string): Promise<Row[]> {
    const { sql, params } = this.populationRows(day);
    return this.grouped(
      `SELECT u.districtCode AS districtCode, SUM(u.isElder) AS elders, SUM(u.isSpecial) AS specialDifficulty FROM (${sql}) u GROUP BY u.districtCode`,
      params,
    );
  }

  /** Elders whose visit in the visiting month found them special-difficulty, by the district they lived in then (indicator 9's numerator). */
  private visited(day: string): Promise<Row[]> {
    const month = visitingMonth(day).first.slice(0, 7);
    return this.grouped(
      `SELECT m.districtCode AS districtCode, COUNT(*) AS specialDifficultyVisited FROM ${this.table(CareVisitMonth)} m WHERE m.month = :month AND m.specialDifficulty = 1 GROUP BY m.districtCode`,
      { month },
    );
  }

  private extremePoverty(day: string): Promise<Row[]> {
    const { sql, params } = this.extremePovertyRows(day);
    return this.grouped(
      `SELECT u.districtCode AS districtCode, SUM(u.disabled) AS disabledExtremePoverty, SUM(u.disabled * u.inCare) AS disabledExtremePovertyInCare,
              SUM(u.wishing) AS extremePovertyWishingCare, SUM(u.wishing * u.inCare) AS extremePovertyWishingCareInCare
         FROM (${sql}) u GROUP BY u.districtCode`,
      params,
    );
  }

  private beds(day: string): Promise<Row[]> {
    return this.grouped(
      `SELECT i.districtCode AS districtCode, COUNT(*) AS beds, SUM(CASE WHEN b.kind IN (:...nursingKinds) THEN 1 ELSE 0 END) AS nursingBeds
         FROM ${this.table(Bed)} b JOIN ${this.table(Institution)} i ON i.code = b.institutionCode
        WHERE ${onDay('b', 'inServiceFrom', 'retiredOn')} AND ${operating('i')}
        GROUP BY i.districtCode`,
      { day, nursingKinds: NURSING_TYPE_BED_KINDS },
    );
  }

  private institutions(day: string): Promise<Row[]> {
    const flag = (column: string, name: string) => `SUM(CASE WHEN i.${column} = 1 THEN 1 ELSE 0 END) AS ${name}`;
    return this.grouped(
      `SELECT i.districtCode AS districtCode, COUNT(*) AS institutions, ${flag('smartHome', 'smartHomes')}, ${flag('offersHomeVisits', 'homeVisitInstitutions')},
              ${flag('smartFireMonitoring', 'smartFire')}, ${flag('smartGasMonitoring', 'smartGas')}, ${flag('brightKitchen', 'brightKitchen')},
              ${flag('meetsServiceQualityStandard', 'serviceQualityStandard')}, ${flag('meetsSafetyStandard', 'safetyStandard')}
         FROM ${this.table(Institution)} i WHERE ${operating('i')} GROUP BY i.districtCode`,
      { day },
    );
  }

  /** Streets and towns per district, and those with their kind of comprehensive centre open on the day (indicators 6 and 7). */
  private centreCoverage(day: string): Promise<Row[]> {
    const covered = (level: string, kind: string) =>
      `SUM(CASE WHEN a.level = :${level} AND EXISTS (SELECT 1 FROM ${this.table(CommunityFacility)} f WHERE f.townCode = a.code AND f.kind = :${kind} AND ${operating('f')}) THEN 1 ELSE 0 END)`;
    return this.grouped(
      `SELECT a.parentCode AS districtCode,
              SUM(CASE WHEN a.level = :street THEN 1 ELSE 0 END) AS streets, ${covered('street', 'streetCentre')} AS streetsWithCentre,
              SUM(CASE WHEN a.level = :town THEN 1 ELSE 0 END) AS towns, ${covered('town', 'townCentre')} AS townsWithCentre
         FROM ${this.table(Area)} a WHERE a.level IN (:street, :town) GROUP BY a.parentCode`,
      {
        day,
        street: AreaLevel.STREET,
        town: AreaLevel.TOWN,
        streetCentre: FacilityKind.STREET_CENTRE,
        townCentre: FacilityKind.TOWN_REGIONAL_CENTRE,
      },
    );
  }

  /**
   * Villages and communities per district (their town or street's parent), and those a day-care
   * centre open on the day stands in (专栏1: 村（社区）层面 日间照料服务全覆盖).
   */
  private dayCareCoverage(day: string): Promise<Row[]> {
    return this.grouped(
      `SELECT t.parentCode AS districtCode, COUNT(*) AS villagesAndCommunities,
              SUM(CASE WHEN EXISTS (SELECT 1 FROM ${this.table(CommunityFacility)} f WHERE f.communityCode = v.code AND f.kind = :dayCare AND ${operating('f')}) THEN 1 ELSE 0 END) AS villagesAndCommunitiesWithDayCare
         FROM ${this.table(Area)} v JOIN ${this.table(Area)} t ON t.code = v.parentCode
        WHERE v.level IN (:village, :community) GROUP BY t.parentCode`,
      { day, village: AreaLevel.VILLAGE, community: AreaLevel.COMMUNITY, dayCare: FacilityKind.DAY_CARE },
    );
  }

  private facilities(day: string): Promise<Row[]> {
    const ofKind = (kind: string, name: string) => `SUM(CASE WHEN f.kind = :${kind} THEN 1 ELSE 0 END) AS ${name}`;
    return this.grouped(
      `SELECT f.districtCode AS districtCode, ${ofKind('university', 'elderlyUniversities')}, ${ofKind('embedded', 'embeddedSmallInstitutions')}, ${ofKind('rental', 'rehabAidRentalPoints')}
         FROM ${this.table(CommunityFacility)} f WHERE f.kind IN (:university, :embedded, :rental) AND ${operating('f')} GROUP BY f.districtCode`,
      {
        day,
        university: FacilityKind.ELDERLY_UNIVERSITY,
        embedded: FacilityKind.EMBEDDED_SMALL_INSTITUTION,
        rental: FacilityKind.REHAB_AID_RENTAL_POINT,
      },
    );
  }

  private familyBeds(day: string): Promise<Row[]> {
    return this.grouped(
      `SELECT b.districtCode AS districtCode, COUNT(*) AS familyBeds FROM ${this.table(FamilyBed)} b WHERE ${onDay('b', 'openedOn', 'closedOn')} GROUP BY b.districtCode`,
      { day },
    );
  }

  /** Designations carry a year, not a day: a designation counts from its year on. */
  private ageFriendly(day: string): Promise<Row[]> {
    return this.grouped(
      `SELECT c.districtCode AS districtCode, COUNT(*) AS ageFriendlyCommunities FROM ${this.table(AgeFriendlyCommunity)} c WHERE c.designatedYear <= :year GROUP BY c.districtCode`,
      { year: Number(day.slice(0, 4)) },
    );
  }

  private residential(day: string): Promise<Row[]> {
    return this.grouped(
      `SELECT r.districtCode AS districtCode, COUNT(*) AS residentialDevelopments, SUM(CASE WHEN ${compliantCondition('r', 'day')} THEN 1 ELSE 0 END) AS residentialDevelopmentsCompliant
         FROM ${this.table(ResidentialDevelopment)} r WHERE ${deliveredCondition('r', 'day')} GROUP BY r.districtCode`,
      { day },
    );
  }

  /** The codes of the institutions operating on the day, by district: all of them, or the 特困人员供养服务机构 only. */
  async operatingInstitutions(day: string, extremePovertySupportOnly = false): Promise<Map<string, string[]>> {
    const only = extremePovertySupportOnly ? ' AND i.extremePovertySupport = 1' : '';
    const rows = await this.grouped<{ districtCode: string; code: string }>(
      `SELECT i.districtCode AS districtCode, i.code AS code FROM ${this.table(Institution)} i WHERE ${operating('i')}${only} ORDER BY i.code`,
      { day },
    );
    const byDistrict = new Map<string, string[]>();
    for (const { districtCode, code } of rows)
      byDistrict.set(districtCode, [...(byDistrict.get(districtCode) ?? []), code]);
    return byDistrict;
  }

  /** Every district's own figures on the day, keyed by district code. */
  async perDistrict(day: string): Promise<Map<string, OwnFigures>> {
    const districts = await this.dataSource
      .getRepository(Area)
      .find({ where: { level: AreaLevel.DISTRICT }, select: { code: true } });
    const parts = await Promise.all([
      this.population(day),
      this.visited(day),
      this.extremePoverty(day),
      this.beds(day),
      this.institutions(day),
      this.centreCoverage(day),
      this.dayCareCoverage(day),
      this.facilities(day),
      this.familyBeds(day),
      this.ageFriendly(day),
      this.residential(day),
    ]);
    const byDistrict = new Map<string, Record<string, number>>(districts.map(({ code }) => [code, {}]));
    for (const rows of parts) {
      for (const { districtCode, ...values } of rows) {
        const figures = byDistrict.get(districtCode);
        if (!figures) continue;
        for (const [name, value] of Object.entries(values)) figures[name] = Number(value ?? 0);
      }
    }
    return new Map([...byDistrict].map(([code, counts]) => [code, districtFigures(counts)]));
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
