import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { HumanResourcesContext } from '../context';
import { latestEnrolmentYearClosedBy } from '../major-enrolment/enrolment-year';
import { AreaOnDate } from './area-on-date.stub';

/** What human resources adds to the city or a district on a day besides its care staff: enrolment in elder-care majors. */
@Authorized(can('publicRecords'))
@Resolver(() => AreaOnDate)
export class AreaOnDateHumanResourcesResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '养老服务相关专业招生规模: students enrolled in elder-care majors, summed over the schools of the area (by the district where each stands), in the latest enrolment year whose intake closed by the day — the day’s year from 30 September, the year before until then. Null when no school of the area has a record of that year (indicator 12).',
  })
  async elderCareMajorEnrolment(
    @Root() area: AreaOnDate,
    @Ctx() context: HumanResourcesContext,
  ): Promise<number | null> {
    return enrolledIn(area, context, 0);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'The same for the enrolment year before; null when none is recorded (indicator 12’s base: growth year on year).',
  })
  async elderCareMajorEnrolmentPreviousYear(
    @Root() area: AreaOnDate,
    @Ctx() context: HumanResourcesContext,
  ): Promise<number | null> {
    return enrolledIn(area, context, 1);
  }
}

/** Students enrolled in the latest enrolment year closed by the day (`yearsBack` 0) or the year before (1); null if none is recorded. */
async function enrolledIn(
  area: AreaOnDate,
  { loaders }: HumanResourcesContext,
  yearsBack: 0 | 1,
): Promise<number | null> {
  const latest = latestEnrolmentYearClosedBy(area.asOf);
  const rows = (await loaders.majorEnrolmentByArea.load({ key: area.areaCode, args: latest })).filter(
    (row) => row.year === latest - yearsBack,
  );
  return rows.length ? rows.reduce((sum, row) => sum + row.enrolled, 0) : null;
}
