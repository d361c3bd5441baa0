import { countsIn, isCity } from '../../shared/areas/city-of-districts';
import type { IndicatorRecordInputs } from '../../shared/indicators/indicator-record-inputs';
import { Area } from '../area/area.entity';
import { AreaLevel } from '../area/area-level.enum';
import { Bed } from '../bed/bed.entity';
import { NURSING_TYPE_BED_KINDS } from '../bed/bed-kind.enum';
import { CommunityFacility } from '../facility/facility.entity';
import { FacilityKind } from '../facility/facility-kind.enum';
import { Institution } from '../institution/institution.entity';
import { compliantCondition, deliveredCondition } from '../residential-development/facility-standard';
import { ResidentialDevelopment } from '../residential-development/residential-development.entity';
import {
  type CivilAffairsFiguresQuery,
  onDay,
  operating,
  type OwnFigures,
  type Sql,
} from './civil-affairs-figures.query';
import { IndicatorRecordKind } from '../../shared/indicators/indicator-record-kind.enum';
import { IndicatorRecord } from './indicator-record';

/** Which records to return: counted or not (null: both), and the page. */
export interface RecordSelection {
  counted: boolean | null;
  offset: number;
  limit: number;
}

/** The evaluated indicator whose records are listed: its key and what the joint meeting handed over for it. */
export interface RecordQuestion extends Pick<IndicatorRecordInputs, 'recordKind' | 'target' | 'handedOverCodes'> {
  code: string;
  areaCode: string;
  asOf: string;
}

export interface RecordPage {
  items: IndicatorRecord[];
  total: number;
}

type Listed = { code: string; name: string | null; counted: number | boolean | null; value?: number | null };

const record = (kind: IndicatorRecordKind, row: Listed): IndicatorRecord =>
  Object.assign(new IndicatorRecord(), {
    kind,
    code: String(row.code),
    name: row.name,
    counted: row.counted === null ? null : Boolean(Number(row.counted)),
    value: row.value ?? null,
  });

/** The institution column each institution-based target counts. */
const INSTITUTION_FLAGS: Record<string, string> = {
  M04: 'smartHome',
  M05: 'offersHomeVisits',
  'M18-FIRE': 'smartFireMonitoring',
  'M18-GAS': 'smartGasMonitoring',
  'M18-KITCHEN': 'brightKitchen',
  'M19-QUALITY': 'meetsServiceQualityStandard',
  'M19-SAFETY': 'meetsSafetyStandard',
};

/**
 * Lists the records behind one evaluated indicator, from civil affairs' own tables and the code lists
 * other departments handed over for it. Elders are filtered and paged by the database (there can be
 * hundreds of thousands); every other kind is a few hundred rows at most and is filtered here.
 */
export class IndicatorRecordsQuery {
  constructor(
    private readonly figures: CivilAffairsFiguresQuery,
    private readonly districtFigures: (day: string) => Promise<Map<string, OwnFigures>>,
  ) {}

  async list(entry: RecordQuestion, selection: RecordSelection): Promise<RecordPage> {
    const day = entry.asOf;
    const district = isCity(entry.areaCode) ? null : entry.areaCode;
    switch (entry.code) {
      case 'I01':
        return this.elders(this.figures.extremePovertyRows(day), 'disabled', 'inCare', district, selection);
      case 'I02':
        return this.elders(this.figures.extremePovertyRows(day), 'wishing', 'inCare', district, selection);
      case 'I09':
        return this.elders(this.figures.specialDifficultyRows(day), 'isSpecial', 'visited', district, selection);
    }
    const rows = await this.listed(entry, district);
    const records = rows.map((row) => record(entry.recordKind!, row));
    const selected =
      selection.counted === null ? records : records.filter((item) => item.counted === selection.counted);
    return { total: selected.length, items: selected.slice(selection.offset, selection.offset + selection.limit) };
  }

  /** Every record of a kind other than elders, with whether it counts. */
  private async listed(entry: RecordQuestion, district: string | null): Promise<Listed[]> {
    const day = entry.asOf;
    switch (entry.code) {
      case 'I03':
        return this.institutionsByNursingShare(day, district, entry.target);
      case 'I08': {
        const integrated = new Set(entry.handedOverCodes);
        return (await this.institutions(day, district, '0')).map((row) => ({
          ...row,
          counted: integrated.has(row.code),
        }));
      }
      case 'P-SIGNED-COOPERATION': {
        const signed = new Set(entry.handedOverCodes);
        return (await this.institutions(day, district, '0')).map((row) => ({ ...row, counted: signed.has(row.code) }));
      }
      case 'P-SUPPORT-INSTITUTION': {
        const integrated = new Set(entry.handedOverCodes);
        return (await this.institutions(day, district, 'i.extremePovertySupport'))
          .filter((row) => Number(row.counted) === 1)
          .map((row) => ({ ...row, counted: integrated.has(row.code) }));
      }
      case 'P-DAY-CARE':
        return this.villagesWithDayCare(day, district);
      case 'I05':
        return this.residentialDevelopments(day, district);
      case 'I06':
        return this.centres(day, district, AreaLevel.STREET, FacilityKind.STREET_CENTRE);
      case 'I07':
        return this.centres(day, district, AreaLevel.TOWN, FacilityKind.TOWN_REGIONAL_CENTRE);
      case 'M02':
        return this.facilities(day, district, FacilityKind.EMBEDDED_SMALL_INSTITUTION);
      case 'M07':
        return this.facilities(day, district, FacilityKind.REHAB_AID_RENTAL_POINT);
      case 'M14':
        return entry.handedOverCodes.map((code) => ({ code, name: null, counted: false }));
    }
    if (INSTITUTION_FLAGS[entry.code]) return this.institutions(day, district, `i.${INSTITUTION_FLAGS[entry.code]}`);
    if (entry.recordKind === IndicatorRecordKind.AREA) return this.districts(entry);
    return [];
  }

  private async elders(
    rows: Sql,
    member: string,
    counted: string,
    district: string | null,
    selection: RecordSelection,
  ): Promise<RecordPage> {
    const where = [
      `u.${member} = 1`,
      ...(district ? ['u.districtCode = :district'] : []),
      ...(selection.counted === null ? [] : [`u.${counted} = :counted`]),
    ].join(' AND ');
    const params = {
      ...rows.params,
      district,
      counted: selection.counted ? 1 : 0,
      offset: selection.offset,
      limit: selection.limit,
    };
    const [{ total }] = await this.figures.grouped<{ total: string | number }>(
      `SELECT COUNT(*) AS total FROM (${rows.sql}) u WHERE ${where}`,
      params,
    );
    const listed = await this.figures.grouped<Listed>(
      `SELECT u.personKey AS code, NULL AS name, u.${counted} AS counted FROM (${rows.sql}) u WHERE ${where} ORDER BY u.personKey LIMIT ${selection.limit} OFFSET ${selection.offset}`,
      params,
    );
    return {
      total: Number(total),
      items: listed.map((row) =>
        Object.assign(record(IndicatorRecordKind.ELDER, row), { personKey: String(row.code) }),
      ),
    };
  }

  /** Operating institutions of the area with whether a column (an SQL expression) holds. */
  private institutions(day: string, district: string | null, counted: string): Promise<Listed[]> {
    return this.figures.grouped<Listed>(
      `SELECT i.code AS code, i.name AS name, CASE WHEN ${counted} = 1 THEN 1 ELSE 0 END AS counted FROM ${this.figures.table(Institution)} i
        WHERE ${operating('i')}${district ? ' AND i.districtCode = :district' : ''} ORDER BY i.code`,
      { day, district },
    );
  }

  private async institutionsByNursingShare(day: string, district: string | null, target: number): Promise<Listed[]> {
    const rows = await this.figures.grouped<{
      code: string;
      name: string;
      beds: string | number;
      nursing: string | number | null;
    }>(
      `SELECT i.code AS code, i.name AS name, COUNT(b.id) AS beds, SUM(CASE WHEN b.kind IN (:...nursingKinds) THEN 1 ELSE 0 END) AS nursing
         FROM ${this.figures.table(Institution)} i LEFT JOIN ${this.figures.table(Bed)} b ON b.institutionCode = i.code AND ${onDay('b', 'inServiceFrom', 'retiredOn')}
        WHERE ${operating('i')}${district ? ' AND i.districtCode = :district' : ''} GROUP BY i.code, i.name ORDER BY i.code`,
      { day, district, nursingKinds: NURSING_TYPE_BED_KINDS },
    );
    return rows.map((row) => {
      const beds = Number(row.beds);
      const nursing = Number(row.nursing ?? 0);
      return {
        code: row.code,
        name: row.name,
        counted: beds ? nursing * 100 >= target * beds : null,
        value: beds ? Math.round((nursing * 10_000) / beds) / 100 : null,
      };
    });
  }

  private residentialDevelopments(day: string, district: string | null): Promise<Listed[]> {
    return this.figures.grouped<Listed>(
      `SELECT r.id AS code, r.name AS name, CASE WHEN ${compliantCondition('r', 'day')} THEN 1 ELSE 0 END AS counted FROM ${this.figures.table(ResidentialDevelopment)} r
        WHERE ${deliveredCondition('r', 'day')}${district ? ' AND r.districtCode = :district' : ''} ORDER BY r.id`,
      { day, district },
    );
  }

  private centres(day: string, district: string | null, level: AreaLevel, kind: FacilityKind): Promise<Listed[]> {
    return this.figures.grouped<Listed>(
      `SELECT a.code AS code, a.name AS name,
              CASE WHEN EXISTS (SELECT 1 FROM ${this.figures.table(CommunityFacility)} f WHERE f.townCode = a.code AND f.kind = :kind AND ${operating('f')}) THEN 1 ELSE 0 END AS counted
         FROM ${this.figures.table(Area)} a WHERE a.level = :level${district ? ' AND a.parentCode = :district' : ''} ORDER BY a.code`,
      { day, district, level, kind },
    );
  }

  /** Villages and communities of the area (by their town or street's district), each with whether a day-care centre open on the day stands in it. */
  private villagesWithDayCare(day: string, district: string | null): Promise<Listed[]> {
    const areas = this.figures.table(Area);
    return this.figures.grouped<Listed>(
      `SELECT v.code AS code, v.name AS name,
              CASE WHEN EXISTS (SELECT 1 FROM ${this.figures.table(CommunityFacility)} f WHERE f.communityCode = v.code AND f.kind = :kind AND ${operating('f')}) THEN 1 ELSE 0 END AS counted
         FROM ${areas} v JOIN ${areas} t ON t.code = v.parentCode
        WHERE v.level IN (:village, :community)${district ? ' AND t.parentCode = :district' : ''} ORDER BY v.code`,
      { day, district, kind: FacilityKind.DAY_CARE, village: AreaLevel.VILLAGE, community: AreaLevel.COMMUNITY },
    );
  }

  private facilities(day: string, district: string | null, kind: FacilityKind): Promise<Listed[]> {
    return this.figures.grouped<Listed>(
      `SELECT f.id AS code, f.name AS name, 1 AS counted FROM ${this.figures.table(CommunityFacility)} f
        WHERE f.kind = :kind AND ${operating('f')}${district ? ' AND f.districtCode = :district' : ''} ORDER BY f.id`,
      { day, district, kind },
    );
  }

  /** The districts of the area, each with whether it meets its part of the indicator. */
  private async districts({ code, areaCode, asOf, handedOverCodes }: RecordQuestion): Promise<Listed[]> {
    const perDistrict = await this.districtFigures(asOf);
    const codes = [...perDistrict.keys()].filter((district) => countsIn(areaCode, district)).sort();
    const names = new Map(
      (
        await this.figures.grouped<{ code: string; name: string }>(
          `SELECT a.code AS code, a.name AS name FROM ${this.figures.table(Area)} a WHERE a.level = :level`,
          { level: AreaLevel.DISTRICT },
        )
      ).map((row) => [row.code, row.name]),
    );
    const handedOver = new Set(handedOverCodes);
    return codes.map((district) => {
      const figures = perDistrict.get(district)!;
      const listed = (counted: boolean | null, value: number | null = null): Listed => ({
        code: district,
        name: names.get(district) ?? null,
        counted,
        value,
      });
      switch (code) {
        case 'I10':
          return listed(null, figures.familyBeds);
        case 'I13':
          return listed(figures.districtsWithElderlyUniversity === 1);
        case 'M09':
          return listed(figures.ageFriendlyCommunities >= 2, figures.ageFriendlyCommunities);
        case 'P-HOSPICE':
          return listed(handedOver.has(district));
        case 'P-LOTTERY':
          return listed(!handedOver.has(district));
        default:
          return listed(null);
      }
    });
  }
}
