import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { todayIso } from '../../shared/time/today';
import { can } from '../access-policy';
import { Area } from '../area/area.stub';
import type { HumanResourcesContext } from '../context';
import { CaregiverTrainingKind } from '../training/caregiver-training-kind.enum';
import { checkYear } from '../training/training.inputs';
import { hasHumanResourcesFigures } from './workforce.loader';

/** HR's figures per area: the city and its districts (HR records the district each caregiver works in). */
@Authorized(can('publicRecords'))
@Resolver(() => Area)
export class AreaHumanResourcesResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '持证养老护理员: care staff (养老护理员 and 长期照护师) working today and certified today — indicator 11’s numerator (per 10,000 elders: 17.8 → 25). Null below district level.',
  })
  async certifiedCaregiverCount(@Root() area: Area, @Ctx() { loaders }: HumanResourcesContext): Promise<number | null> {
    if (!hasHumanResourcesFigures(area.code)) return null;
    return (await loaders.workforceCountsByArea.load({ key: area.code, args: todayIso() }))[0]?.certifiedCareStaff ?? 0;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '社会工作者: social workers in elder care working today — indicator 4’s numerator (≥1 per 1,000 elders). Null below district level.',
  })
  async socialWorkerCount(@Root() area: Area, @Ctx() { loaders }: HumanResourcesContext): Promise<number | null> {
    if (!hasHumanResourcesFigures(area.code)) return null;
    return (await loaders.workforceCountsByArea.load({ key: area.code, args: todayIso() }))[0]?.socialWorkers ?? 0;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Persons who completed a training (结业) in a year, by the district they worked in at enrolment; null below district level.',
  })
  async caregiverTraineesCompleted(
    @Root() area: Area,
    @Arg('year', () => Int, { nullable: true, description: 'Year of completion; this year if omitted.' })
    year: number | undefined,
    @Arg('kind', () => CaregiverTrainingKind, { nullable: true, description: 'Only programmes of this kind.' })
    kind: CaregiverTrainingKind | undefined,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<number | null> {
    const asked = year == null ? Number(todayIso().slice(0, 4)) : checkYear('year', year);
    if (!hasHumanResourcesFigures(area.code)) return null;
    return (
      (await loaders.traineesCompletedByArea.load({ key: area.code, args: { year: asked, kind: kind ?? null } }))[0]
        ?.count ?? 0
    );
  }
}
