import type { DataSource } from 'typeorm';
import { rowsByAreaAndArgs } from '../../shared/areas/city-of-districts';
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
    majorEnrolmentByArea: rowsByAreaAndArgs(async (districts, year: number) => {
      const query = dataSource
        .createQueryBuilder()
        .from(ElderCareMajorEnrolment, 'record')
        .select('record.districtCode', 'districtCode')
        .addSelect('record.enrolmentYear', 'year')
        .addSelect('SUM(record.enrolled)', 'enrolled')
        .where('record.enrolmentYear IN (:...years)', { years: [year - 1, year] })
        .groupBy('record.enrolmentYear')
        .addGroupBy('record.districtCode');
      if (districts) query.andWhere('record.districtCode IN (:...districts)', { districts });
      const rows = await query.getRawMany<{ districtCode: string; year: string | number; enrolled: string | number }>();
      return rows.map((row) => {
        const enrolled: YearEnrolled = { year: Number(row.year), enrolled: Number(row.enrolled) };
        return [row.districtCode, enrolled] as const;
      });
    }),
  };
}
