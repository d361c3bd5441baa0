import type { DataSource } from 'typeorm';
import { districtsToRead, spreadOverAreas } from '../../shared/areas/city-of-districts';
import { keyedLoader } from '../../shared/db/loaders';
import { ElderCareMajorEnrolment } from './elder-care-major-enrolment.entity';

/** Students enrolled in one year in one district's schools (or, spread to the city, in any). */
interface YearEnrolled {
  year: number;
  enrolled: number;
}

/** An area and the enrolment year asked for it. */
interface AreaInYear {
  key: string;
  args: number;
}

export function createMajorEnrolmentLoaders(dataSource: DataSource) {
  const cacheKey = ({ key, args }: AreaInYear) => `${args}\u0000${key}`;
  return {
    /**
     * Students enrolled in a year and the year before, per area asked: one GROUP BY by year and
     * district for every area and year asked together (every district when the city is asked; the
     * city gets every district's rows), so a series over several enrolment years costs one statement.
     * An area with no record of a year gets no row for it, so the figure can say "none recorded".
     */
    majorEnrolmentByArea: keyedLoader<AreaInYear, YearEnrolled[], string>(
      async (asked) => {
        const codes = [...new Set(asked.map(({ key }) => String(key)))];
        const years = [...new Set(asked.flatMap(({ args }) => [Number(args) - 1, Number(args)]))];
        const districts = districtsToRead(codes);
        if (districts?.length === 0) return asked.map(() => []);
        const query = dataSource
          .createQueryBuilder()
          .from(ElderCareMajorEnrolment, 'record')
          .select('record.districtCode', 'districtCode')
          .addSelect('record.enrolmentYear', 'year')
          .addSelect('SUM(record.enrolled)', 'enrolled')
          .where('record.enrolmentYear IN (:...years)', { years })
          .groupBy('record.enrolmentYear')
          .addGroupBy('record.districtCode');
        if (districts) query.andWhere('record.districtCode IN (:...districts)', { districts });
        const rows = await query.getRawMany<{
          districtCode: string;
          year: string | number;
          enrolled: string | number;
        }>();
        const perArea = spreadOverAreas(
          codes,
          rows.map((row) => [row.districtCode, { year: Number(row.year), enrolled: Number(row.enrolled) }] as const),
        );
        return asked.map(({ key, args }) =>
          perArea
            .filter(([code, { year }]) => code === String(key) && (year === Number(args) || year === Number(args) - 1))
            .map(([, enrolled]) => enrolled),
        );
      },
      { cacheKeyFn: cacheKey },
    ),
  };
}
