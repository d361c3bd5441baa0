import { Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { HumanResourcesContext } from '../context';
import { EmployerCareStaff } from '../../shared/indicators/employer-care-staff';
import type { AreaWorkforceCounts } from '../workforce/workforce.loader';
import { AreaOnDate } from './area-on-date.stub';
import { NONE_TRAINED, type TrainedForGoal } from '../training/training-goal';

/**
 * Human resources' counts of care staff in the city or a district on a day: the inputs of the joint
 * meeting's indicators (I04, I11, measure 20, the training goals). They are exact however small, so
 * they are `@inaccessible` — read by the query planner for the joint meeting's `@requires`, which
 * withholds small cells from the indicators' aggregate-only readers — and answer only the gateway
 * composing, or callers entitled to who the caregivers are.
 */
@Authorized(can('indicatorInputs'))
@Resolver(() => AreaOnDate)
export class AreaOnDateCareStaffResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '持证养老护理员: care staff (养老护理员 and 长期照护师) working on the day (employment begun and not ended) and certified on the day (a certificate issued by and not expired on it), by the district they work in — indicator 11’s numerator.',
  })
  async certifiedCareStaff(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await workforce(area, context)).certifiedCareStaff;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '社会工作者: social workers in elder care working on the day, by the district they work in — indicator 4’s numerator.',
  })
  async socialWorkers(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await workforce(area, context)).socialWorkers;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '养老机构护理人员: care staff working on the day whose employer is an elder-care institution (every employer human resources records is one; caregivers without an employer work independently), by the district they work in — measure 20’s certified-rate denominator.',
  })
  async institutionCareStaff(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await workforce(area, context)).institutionCareStaff;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '持证上岗: of the care staff working in elder-care institutions on the day, those certified on the day — measure 20’s certified-rate numerator (≥90% by end-2025).',
  })
  async institutionCertifiedCareStaff(
    @Root() area: AreaOnDate,
    @Ctx() context: HumanResourcesContext,
  ): Promise<number> {
    return (await workforce(area, context)).institutionCertifiedCareStaff;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [EmployerCareStaff], {
    description:
      'Care staff working on the day in the area (by the district they work in), per employing elder-care institution, sorted by its code: the joint meeting keeps the institutions LTCI-designated on the day (medical insurance’s list) — measure 20’s long-term-carer denominator and numerator.',
  })
  async careStaffByEmployer(
    @Root() area: AreaOnDate,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<EmployerCareStaff[]> {
    const rows = await loaders.careStaffByEmployerInArea.load({ key: area.areaCode, args: area.asOf });
    return rows.map((row) => Object.assign(new EmployerCareStaff(), row));
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '培训养老护理员: distinct care staff (养老护理员 and 长期照护师) who completed a training (结业) from the first day of the plan period (2021-01-01) to the day, or to the 2024 goal’s deadline if the day is later — the goal read cumulatively; a district counts by the district recorded at enrolment, the city distinct persons citywide. Plan: 4,530 by end-2024.',
  })
  async trainedCaregivers(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await trained(area, context)).period.caregivers;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '2024年内培训养老护理员: of those, the care staff who completed a training within the goal’s own year (from 2024-01-01), counted the same way.',
  })
  async trainedCaregiversInGoalYear(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await trained(area, context)).goalYear.caregivers;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '培训老年社会工作者: distinct social workers who completed a training in the same period, counted the same way. Plan: 266 by end-2024.',
  })
  async trainedSocialWorkers(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await trained(area, context)).period.socialWorkers;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '2024年内培训老年社会工作者: of those, the social workers who completed a training within the goal’s own year, counted the same way.',
  })
  async trainedSocialWorkersInGoalYear(
    @Root() area: AreaOnDate,
    @Ctx() context: HumanResourcesContext,
  ): Promise<number> {
    return (await trained(area, context)).goalYear.socialWorkers;
  }
}

/** The area's persons trained for the 2024 goal by the day: one loader for the four training fields. */
async function trained(area: AreaOnDate, { loaders }: HumanResourcesContext): Promise<TrainedForGoal> {
  return (await loaders.trainedForGoalByArea.load({ key: area.areaCode, args: area.asOf }))[0] ?? NONE_TRAINED;
}

const NO_WORKFORCE: AreaWorkforceCounts = {
  certifiedCareStaff: 0,
  socialWorkers: 0,
  institutionCareStaff: 0,
  institutionCertifiedCareStaff: 0,
};

/** The area's caregivers working on the day: the same loader as today's `Area` counts, for the as-of day. */
async function workforce(area: AreaOnDate, { loaders }: HumanResourcesContext): Promise<AreaWorkforceCounts> {
  return (await loaders.workforceCountsByArea.load({ key: area.areaCode, args: area.asOf }))[0] ?? NO_WORKFORCE;
}
