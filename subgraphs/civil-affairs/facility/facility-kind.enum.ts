import { registerEnumType } from 'type-graphql';
import { AreaLevel } from '../area/area-level.enum';

/** Kinds of community elder-care facility (社区养老服务设施) the plans count. */
export enum FacilityKind {
  STREET_CENTRE = 'STREET_CENTRE',
  TOWN_REGIONAL_CENTRE = 'TOWN_REGIONAL_CENTRE',
  DAY_CARE = 'DAY_CARE',
  RURAL_HAPPINESS_HOME = 'RURAL_HAPPINESS_HOME',
  MEAL_POINT = 'MEAL_POINT',
  REHAB_AID_RENTAL_POINT = 'REHAB_AID_RENTAL_POINT',
  EMBEDDED_SMALL_INSTITUTION = 'EMBEDDED_SMALL_INSTITUTION',
  ELDERLY_UNIVERSITY = 'ELDERLY_UNIVERSITY',
}

export const FACILITY_KINDS = Object.values(FacilityKind);

/** Indicators 6 and 7 count centres per street and per town, so a centre must sit in one of that level. */
export const REQUIRED_TOWN_LEVEL: Partial<Record<FacilityKind, AreaLevel>> = {
  [FacilityKind.STREET_CENTRE]: AreaLevel.STREET,
  [FacilityKind.TOWN_REGIONAL_CENTRE]: AreaLevel.TOWN,
};

/** Only meal points carry a star rating (助餐点星级评定). */
export function isRated(kind: FacilityKind): boolean {
  return kind === FacilityKind.MEAL_POINT;
}

registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'Kind of community elder-care facility (社区养老服务设施).',
  valuesConfig: {
    STREET_CENTRE: {
      description: '街道综合养老服务中心 comprehensive centre of a street (indicator 6: every street by 2025).',
    },
    TOWN_REGIONAL_CENTRE: {
      description: '镇区域性综合养老服务中心 regional centre of a town (indicator 7: ≥90% of towns by 2025).',
    },
    DAY_CARE: { description: '日间照料中心 day-care centre of a community or village.' },
    RURAL_HAPPINESS_HOME: { description: '农村幸福院 rural mutual-aid happiness home.' },
    MEAL_POINT: { description: '助餐点 meal point (community canteen), rated 1–5 stars.' },
    REHAB_AID_RENTAL_POINT: {
      description: '康复辅具租赁点 rehabilitation-aid rental point (measure 7: 90 by end-2027).',
    },
    EMBEDDED_SMALL_INSTITUTION: {
      description: '嵌入式小型养老机构 small institution embedded in a community (measure 2: ≥20 by end-2027).',
    },
    ELDERLY_UNIVERSITY: {
      description: '老年大学 university for the elderly, counted per district (indicator 13: every district).',
    },
  },
});
