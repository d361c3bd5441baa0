import type { DataSource } from 'typeorm';
import { rowsByKeyAndArgs } from '../../shared/db/loaders';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { ElderCareMajorEnrolment } from './elder-care-major-enrolment.entity';

/** Students enrolled in one year in one district's schools (or, spread to the city, in any). */
interface YearEnrolled {
  year: number;
  enrolled: number;
}

export function createMajorEnrolmentLoaders(dataSource: DataSource) {
  return {
    /**
     * Students enrolled in a year and the year before, per area asked: one GROUP BY by year and
     * district (every district when the city is asked; the city gets every district's rows). An area
     * with no record of a year gets no row for it, so the figure can say "none recorded".
     */
    majorEnrolmentByArea: rowsByKeyAndArgs(async (codes: string[], year: number) => {
      const cityAsked = codes.includes(WEIHAI_CITY.code);
      const query = dataSource
        .createQueryBuilder()
        .from(ElderCareMajorEnrolment, 'record')
        .select('record.districtCode', 'districtCode')
        .addSelect('record.enrolmentYear', 'year')
        .addSelect('SUM(record.enrolled)', 'enrolled')
        .where('record.enrolmentYear IN (:...years)', { years: [year - 1, year] })
        .groupBy('record.enrolmentYear')
        .addGroupBy('record.districtCode');
      if (!cityAsked) query.andWhere('record.districtCode IN (:...districts)', { districts: codes });
      const rows = (
        await query.getRawMany<{ districtCode: string; year: string | number; enrolled: string | number }>()
      ).map((row) => ({
        districtCode: row.districtCode,
        value: { year: Number(row.year), enrolled: Number(row.enrolled) } satisfies YearEnrolled,
      }));
      return [
        ...rows.filter((row) => codes.includes(row.districtCode)).map((row) => [row.districtCode, row.value] as const),
        ...(cityAsked ? rows.map((row) => [WEIHAI_CITY.code, row.value] as const) : []),
      ];
    }),
  };
}
