import { registerEnumType } from 'type-graphql';

export { IndicatorRecordKind } from '../../shared/indicators/indicator-record-kind.enum';

/** The policy document an indicator or target comes from. */
export enum IndicatorSource {
  PLAN_2021_2025 = 'PLAN_2021_2025',
  MEASURES_2025 = 'MEASURES_2025',
}

/** How a value is compared with its target. */
export enum IndicatorComparator {
  AT_LEAST = 'AT_LEAST',
  GROWTH = 'GROWTH',
}

/** The unit a value and its target are stated in. */
export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  PER_THOUSAND_ELDERS = 'PER_THOUSAND_ELDERS',
  PER_TEN_THOUSAND_ELDERS = 'PER_TEN_THOUSAND_ELDERS',
  BEDS = 'BEDS',
  INSTITUTIONS = 'INSTITUTIONS',
  FACILITIES = 'FACILITIES',
  COMMUNITIES = 'COMMUNITIES',
  PERSONS = 'PERSONS',
}

/** Where a target applies: to every district and the city, to the city's total only, or to each district separately. */
export enum TargetScope {
  EVERY_AREA = 'EVERY_AREA',
  CITY = 'CITY',
  EVERY_DISTRICT = 'EVERY_DISTRICT',
}

/** Where an indicator stands on the day. */
export enum IndicatorStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NOT_YET_DUE = 'NOT_YET_DUE',
  NO_DATA = 'NO_DATA',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  CITY_TARGET_ONLY = 'CITY_TARGET_ONLY',
}

/** The departments of the hub, as an indicator names those whose data its formula uses. */
export enum HubDepartment {
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  HEALTH = 'HEALTH',
  MEDICAL_INSURANCE = 'MEDICAL_INSURANCE',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  FINANCE = 'FINANCE',
}

registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: 'The policy document an indicator or target comes from.',
  valuesConfig: {
    PLAN_2021_2025: {
      description:
        '威海市“十四五”养老服务体系规划 — the 14th Five-Year Plan for the elder-care service system (2021–2025).',
    },
    MEASURES_2025: {
      description: '威海市推进养老服务高质量发展若干措施 (威政办字〔2025〕1号) — the 31 measures of January 2025.',
    },
  },
});

registerEnumType(IndicatorComparator, {
  name: 'IndicatorComparator',
  description: 'How a value is compared with its target.',
  valuesConfig: {
    AT_LEAST: { description: '≥ the target (a target written “100%” or “25人” is a floor too).' },
    GROWTH: {
      description: '明显增长: above the year before; the value is the year-on-year change in percent and the target 0.',
    },
  },
});

registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'The unit of a value and its target.',
  valuesConfig: {
    PERCENT: { description: 'Percent (%).' },
    PER_THOUSAND_ELDERS: { description: 'Persons per 1,000 elders aged 60 or over (人/千名老年人).' },
    PER_TEN_THOUSAND_ELDERS: { description: 'Persons per 10,000 elders aged 60 or over (人/万名老年人).' },
    BEDS: { description: 'Beds (张).' },
    INSTITUTIONS: { description: 'Institutions (家).' },
    FACILITIES: { description: 'Facilities or service points (个).' },
    COMMUNITIES: { description: 'Communities (处).' },
    PERSONS: { description: 'Persons (人/名).' },
  },
});

registerEnumType(TargetScope, {
  name: 'TargetScope',
  description: 'Where a target applies.',
  valuesConfig: {
    EVERY_AREA: { description: 'To the city and to every district alike.' },
    CITY: { description: 'To the city’s total; a district’s value is its contribution and has no target of its own.' },
    EVERY_DISTRICT: {
      description:
        'To each district separately (e.g. ≥2 per district); the city’s value is the share of districts that meet it, against 100%.',
    },
  },
});

registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description: 'Where an indicator stands on the day it is evaluated as of.',
  valuesConfig: {
    MET: { description: 'The value reaches the target (达标), whether or not the deadline has come.' },
    NOT_MET: {
      description:
        'The deadline has come (the day is the deadline or later; a target “by the end of 2025” is due on 2025-12-31), or there is none, and the value falls short.',
    },
    NOT_YET_DUE: { description: 'The value falls short but the deadline is still strictly ahead of the day.' },
    NO_DATA: {
      description:
        'A department whose records the formula reads did not answer (it was down or refused): an outage, not a reading of the records.',
    },
    NOT_APPLICABLE: {
      description:
        'Every department answered, but the records give nothing to measure: a denominator of zero (e.g. no institution or no bed in the district) or nothing recorded (e.g. no fund raised, no enrolment year before).',
    },
    CITY_TARGET_ONLY: { description: 'The target is citywide; a district’s value is reported as its contribution.' },
  },
});

registerEnumType(HubDepartment, {
  name: 'HubDepartment',
  description: 'A department of the hub.',
  valuesConfig: {
    CIVIL_AFFAIRS: { description: '市民政局 civil affairs.' },
    HEALTH: { description: '市卫生健康委 health commission.' },
    MEDICAL_INSURANCE: { description: '市医保局 medical insurance bureau.' },
    HUMAN_RESOURCES: { description: '市人力资源社会保障局 human resources and social security.' },
    FINANCE: { description: '市财政局 finance.' },
  },
});
