import type { EntityManager } from 'typeorm';
import { insertRows } from '../../shared/seed/insert-rows';
import {
  DISTRICTS,
  FIVE_BED_PILOT_DISTRICTS,
  isCommunity,
  isStreet,
  NANHAI_NEW_AREA,
  TOWNS,
  VILLAGES,
  WEIHAI_CITY,
} from '../../shared/seed/weihai';
import { AreaLevel } from '../area/area-level.enum';
import { Area } from '../area/area.entity';

/** The division tree: reference data every environment needs, tests included. */
export async function seedAreas(manager: EntityManager): Promise<void> {
  const rows: Partial<Area>[] = [
    {
      code: WEIHAI_CITY.code,
      name: WEIHAI_CITY.name,
      level: AreaLevel.CITY,
      parentCode: null,
      official: true,
      fiveBedPilot: false,
    },
    ...DISTRICTS.map((d) => ({
      code: d.code,
      name: d.name,
      level: AreaLevel.DISTRICT,
      parentCode: d.parent,
      official: d.code !== NANHAI_NEW_AREA.code,
      fiveBedPilot: FIVE_BED_PILOT_DISTRICTS.includes(d.code),
    })),
    ...TOWNS.map((t) => ({
      code: t.code,
      name: t.name,
      level: isStreet(t) ? AreaLevel.STREET : AreaLevel.TOWN,
      parentCode: t.parent,
      official: true,
      fiveBedPilot: false,
    })),
    ...VILLAGES.map((v) => ({
      code: v.code,
      name: v.name,
      level: isCommunity(v) ? AreaLevel.COMMUNITY : AreaLevel.VILLAGE,
      parentCode: v.parent,
      official: true,
      fiveBedPilot: false,
    })),
  ];
  await insertRows(manager, Area, rows);
}
