import type { DataSource } from 'typeorm';
import { rowsByAreaAndArgs } from '../../shared/areas/city-of-districts';
import { elderBornBy } from '../../shared/policy/elder-age';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { inForceCondition } from '../designation/ltci-designation.service';
import { LtciProviderKind } from '../designation/ltci-provider.enums';
import { LtciEnrolmentStatus, LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';

/**
 * Whether an enrolment was insured on a day, as a SQL condition on an enrolment alias (binds the day
 * as `:insuredOn` and the status as `:insuredStatus`). An enrolment keeps only its current status and
 * the day it took effect (`statusSince`), so: insured from `since`, and either still ACTIVE or its
 * current status (suspended, ended) took effect only after the day — before then the person was insured.
 */
function insuredCondition(enrolmentAlias: string): string {
  return `${enrolmentAlias}.since <= :insuredOn AND (${enrolmentAlias}.status = :insuredStatus OR ${enrolmentAlias}.statusSince > :insuredOn)`;
}

/** Medical insurance's figures of `AreaOnDate`: for each day asked, one GROUP BY over every area asked with it. */
export function createLtciAreaOnDateLoaders(dataSource: DataSource) {
  return {
    /**
     * Persons aged 60 or over insured on the day, per district and scheme (a person has one enrolment
     * row, so rows are persons; an enrolment without a birth date cannot be placed and is left out).
     */
    ltciInsuredEldersOnDate: rowsByAreaAndArgs(async (districts, day: string) => {
      const query = dataSource
        .createQueryBuilder()
        .from(LtciEnrolment, 'enrolment')
        .select('enrolment.districtCode', 'districtCode')
        .addSelect('enrolment.scheme', 'scheme')
        .addSelect('COUNT(*)', 'count')
        .where(insuredCondition('enrolment'), { insuredOn: day, insuredStatus: LtciEnrolmentStatus.ACTIVE })
        .andWhere('enrolment.birthDate <= :bornBy', { bornBy: elderBornBy(day) })
        .groupBy('enrolment.districtCode')
        .addGroupBy('enrolment.scheme');
      if (districts) query.andWhere('enrolment.districtCode IN (:...districts)', { districts });
      const rows = await query.getRawMany<{ districtCode: string; scheme: LtciScheme; count: string | number }>();
      return rows.map((row) => [row.districtCode, { scheme: row.scheme, count: Number(row.count) }] as const);
    }),
    /** Credit codes of the elder-care institutions designated on the day, with the district each operates in. */
    ltciDesignatedInstitutionCodesOnDate: rowsByAreaAndArgs(async (districts, day: string) => {
      const query = dataSource
        .createQueryBuilder()
        .from(LtciDesignation, 'designation')
        .select('designation.districtCode', 'districtCode')
        .addSelect('designation.providerCode', 'providerCode')
        .distinct(true)
        .where('designation.providerKind = :kind', { kind: LtciProviderKind.ELDER_CARE_INSTITUTION })
        .andWhere(inForceCondition('designation'), { inForceOn: day });
      if (districts) query.andWhere('designation.districtCode IN (:...districts)', { districts });
      const rows = await query.getRawMany<{ districtCode: string; providerCode: string }>();
      return rows.map((row) => [row.districtCode, row.providerCode] as const);
    }),
  };
}
