import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { abilityLevelNumber } from './ability.enums';
import { AbilityAssessment } from './ability-assessment.entity';
import { ImportAbilityAssessmentsInput, RecordAbilityAssessmentInput } from './ability-assessment.inputs';
import { importAbilityAssessments } from './ability-assessment-import';
import { recordAbilityAssessment } from './ability-assessment.service';

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
    return transaction(dataSource, (manager) => recordAbilityAssessment(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} ability assessments from a civil-affairs system in one transaction: each item, named by its source reference, records an assessment or brings the one with that reference up to date, and is answered by its index with CREATED, UPDATED, UNCHANGED or REFUSED (code, field, message).`,
  })
  importAbilityAssessments(
    @Arg('input', () => ImportAbilityAssessmentsInput) input: ImportAbilityAssessmentsInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importAbilityAssessments(manager, input));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => AbilityAssessment, {
    nullable: true,
    description:
      'An ability assessment by its identifier in a civil-affairs system, as that system sent it; null if none carries it. For civil affairs’ own systems.',
  })
  abilityAssessmentBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The assessment’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<AbilityAssessment | null> {
    return dataSource.manager.findOneBy(AbilityAssessment, { sourceSystem: source, sourceId: ref });
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
