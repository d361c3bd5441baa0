import { Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { HumanResourcesContext } from '../context';
import { AreaOnDate } from './area-on-date.stub';
import { WORKFORCE_TARGET_FIGURES, type WorkforceTargetCounts } from './workforce-targets.loader';

const NONE = Object.fromEntries(WORKFORCE_TARGET_FIGURES.map((name) => [name, 0])) as WorkforceTargetCounts;

/** The area's counts for the two targets on the day: one loader (one GROUP BY) for the seven fields. */
async function counts(area: AreaOnDate, { loaders }: HumanResourcesContext): Promise<WorkforceTargetCounts> {
  return (await loaders.workforceTargetCountsByArea.load({ key: area.areaCode, args: area.asOf }))[0] ?? NONE;
}

/**
 * Human resources' counts for the plan's induction-training and certified-specialist targets
 * (发展目标 4 and 人才队伍 1; 专栏4 2), as of the day, by the district the workers work in. Exact however
 * small, so `@inaccessible`, like the other care-staff counts: they answer the gateway composing the
 * joint meeting's indicators (which withholds small cells) or callers entitled to the caregivers.
 */
@Authorized(can('indicatorInputs'))
@Resolver(() => AreaOnDate)
export class AreaOnDateWorkforceTargetsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '在岗养老护理员: care staff (养老护理员 and 长期照护师) working on the day (employment or independent work begun and not ended), with or without an employer, by the district they work in — the induction-training target’s denominator.',
  })
  async workingCareStaff(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await counts(area, context)).workingCareStaff;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '入职培训: of those, the elder caregivers (养老护理员) who completed an induction training (a programme of kind INDUCTION) on or before the day, however long before their employment.',
  })
  async inductedElderCaregivers(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await counts(area, context)).inductedElderCaregivers;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '入职培训: of those, the long-term carers (长期照护师) who completed an induction training on or before the day, counted the same way.',
  })
  async inductedLongTermCarers(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await counts(area, context)).inductedLongTermCarers;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '养老机构中从事医疗、康复、消防等服务的人员: an elder-care institution’s medical staff, rehabilitation therapists and fire-safety operators working on the day, by the district they work in — the 专栏4 certified-rate denominator.',
  })
  async institutionSpecialists(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await counts(area, context)).institutionSpecialists;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '持证上岗: of those, the medical staff holding a physician’s or nurse’s licence (执业医师/执业助理医师, 护士) valid on the day.',
  })
  async certifiedMedicalStaff(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await counts(area, context)).certifiedMedicalStaff;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      '持证上岗: of those, the rehabilitation therapists holding a 康复医学治疗技术 qualification valid on the day.',
  })
  async certifiedRehabilitationTherapists(
    @Root() area: AreaOnDate,
    @Ctx() context: HumanResourcesContext,
  ): Promise<number> {
    return (await counts(area, context)).certifiedRehabilitationTherapists;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description: '持证上岗: of those, the fire-safety operators holding a 消防设施操作员 certificate valid on the day.',
  })
  async certifiedFireSafetyOperators(@Root() area: AreaOnDate, @Ctx() context: HumanResourcesContext): Promise<number> {
    return (await counts(area, context)).certifiedFireSafetyOperators;
  }
}
