import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { checkDateOrder } from '../../shared/validation/checks';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { checkAliveOn, requireElder } from '../elder/require-elder';
import { abilityLevelNumber } from './ability.enums';
import { AbilityAssessment } from './ability-assessment.entity';
import { RecordAbilityAssessmentInput } from './ability-assessment.inputs';

@Authorized(can('abilityAssessments'))
@Resolver(() => AbilityAssessment)
export class AbilityAssessmentResolver {
  @FieldResolver(() => Int, {
    description: 'The level as the standard numbers it: 0 (intact) to 4 (total disability).',
  })
  levelNumber(@Root() assessment: AbilityAssessment): number {
    return abilityLevelNumber(assessment.level);
  }

  @Authorized(can('write'))
  @Mutation(() => AbilityAssessment, { description: 'Records an ability assessment of a registered elder.' })
  recordAbilityAssessment(
    @Arg('input', () => RecordAbilityAssessmentInput) input: RecordAbilityAssessmentInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<AbilityAssessment> {
    return transaction(dataSource, async (manager) => {
      const elder = await requireElder(manager, input.personKey, 'personKey');
      checkDateOrder('the elder’s birth date', elder.birthDate, 'assessedOn', input.assessedOn);
      checkAliveOn(elder, 'assessedOn', input.assessedOn);
      return manager.save(manager.create(AbilityAssessment, { ...input }));
    });
  }
}

/** The assessments section of an elder's record. */
@Authorized(can('abilityAssessments'))
@Resolver(() => Elder)
export class ElderAbilityAssessmentResolver {
  @FieldResolver(() => AbilityAssessment, {
    nullable: true,
    description: 'The most recent ability assessment, if any.',
  })
  async latestAssessment(
    @Root() elder: Elder,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<AbilityAssessment | null> {
    return (await loaders.assessmentsByPerson.load(elder.personKey))[0] ?? null;
  }

  @FieldResolver(() => [AbilityAssessment], { description: 'Every ability assessment, newest first.' })
  assessments(@Root() elder: Elder, @Ctx() { loaders }: CivilAffairsContext): Promise<AbilityAssessment[]> {
    return loaders.assessmentsByPerson.load(elder.personKey);
  }
}
