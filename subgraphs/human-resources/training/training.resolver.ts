import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import { Caregiver } from '../caregiver/caregiver.entity';
import type { HumanResourcesContext } from '../context';
import { CaregiverTrainingEnrolment } from './training-enrolment.entity';
import { CaregiverTrainingGoal, trainingGoals } from './training-goal';
import { CaregiverTrainingProgramme } from './training-programme.entity';
import {
  CaregiverTrainingProgrammeFilter,
  CompleteCaregiverTrainingInput,
  EnrolCaregiverInTrainingInput,
  OpenCaregiverTrainingProgrammeInput,
} from './training.inputs';
import {
  completeCaregiverTraining,
  enrolCaregiverInTraining,
  openCaregiverTrainingProgramme,
} from './training.service';

@Authorized(can('publicRecords'))
@Resolver(() => CaregiverTrainingProgramme)
export class CaregiverTrainingProgrammeResolver {
  @Query(() => [CaregiverTrainingProgramme], {
    description: 'Training programmes for elder-care workers, newest first.',
  })
  caregiverTrainingProgrammes(
    @Arg('filter', () => CaregiverTrainingProgrammeFilter, { nullable: true, description: 'Which programmes.' })
    filter: CaregiverTrainingProgrammeFilter | undefined,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<CaregiverTrainingProgramme[]> {
    const query = dataSource.getRepository(CaregiverTrainingProgramme).createQueryBuilder('programme');
    if (filter?.year != null) query.andWhere('programme.year = :year', { year: filter.year });
    if (filter?.kind) query.andWhere('programme.kind = :kind', { kind: filter.kind });
    if (filter?.districtCode)
      query.andWhere('(programme.districtCode = :districtCode OR programme.districtCode IS NULL)', {
        districtCode: filter.districtCode,
      });
    return query.orderBy('programme.startsOn', 'DESC').addOrderBy('programme.id', 'DESC').limit(1000).getMany();
  }

  @Query(() => [CaregiverTrainingGoal], {
    description:
      'The dated training goals (2024: 4,530 caregivers and 266 social workers trained) and how far the records have come.',
  })
  caregiverTrainingGoals(@Ctx() { dataSource }: HumanResourcesContext): Promise<CaregiverTrainingGoal[]> {
    return trainingGoals(dataSource);
  }

  @Authorized(can('write'))
  @Mutation(() => CaregiverTrainingProgramme, {
    description: 'Opens a training programme; its year is the year of its first day.',
  })
  openCaregiverTrainingProgramme(
    @Arg('input', () => OpenCaregiverTrainingProgrammeInput) input: OpenCaregiverTrainingProgrammeInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<CaregiverTrainingProgramme> {
    return transaction(dataSource, (manager) => openCaregiverTrainingProgramme(manager, input));
  }

  @FieldResolver(() => Int, { description: 'Caregivers enrolled.' })
  async enrolmentCount(
    @Root() programme: CaregiverTrainingProgramme,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<number> {
    return (await loaders.trainingCountsByProgramme.load(programme.id)).enrolments;
  }

  @FieldResolver(() => Int, { description: 'Enrolments completed (结业).' })
  async completionCount(
    @Root() programme: CaregiverTrainingProgramme,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<number> {
    return (await loaders.trainingCountsByProgramme.load(programme.id)).completions;
  }
}

@Authorized(can('trainingRecords'))
@Resolver(() => CaregiverTrainingEnrolment)
export class CaregiverTrainingEnrolmentResolver {
  @Authorized(can('write'))
  @Mutation(() => CaregiverTrainingEnrolment, {
    description:
      'Enrols a registered caregiver in a programme. Refused for an unknown programme or caregiver, a programme already over, or a second enrolment in the same programme.',
  })
  enrolCaregiverInTraining(
    @Arg('input', () => EnrolCaregiverInTrainingInput) input: EnrolCaregiverInTrainingInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<CaregiverTrainingEnrolment> {
    return transaction(dataSource, (manager) => enrolCaregiverInTraining(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => CaregiverTrainingEnrolment, {
    description:
      'Records the completion (结业) of an enrolment. Refused for an unknown enrolment, one already completed, or a date before the enrolment or the programme.',
  })
  completeCaregiverTraining(
    @Arg('input', () => CompleteCaregiverTrainingInput) input: CompleteCaregiverTrainingInput,
    @Ctx() { dataSource }: HumanResourcesContext,
  ): Promise<CaregiverTrainingEnrolment> {
    return transaction(dataSource, (manager) => completeCaregiverTraining(manager, input));
  }

  @FieldResolver(() => CaregiverTrainingProgramme, { description: 'The programme.' })
  programme(
    @Root() enrolment: CaregiverTrainingEnrolment,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<CaregiverTrainingProgramme | null> {
    return loaders.trainingProgrammeById.load(enrolment.programmeId);
  }

  @FieldResolver(() => Caregiver, { description: 'The caregiver enrolled.' })
  caregiver(
    @Root() enrolment: CaregiverTrainingEnrolment,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<Caregiver | null> {
    return loaders.caregiverByKey.load(enrolment.personKey);
  }
}

/** The training section of a caregiver's record: the bureau's own casework. */
@Authorized(can('trainingRecords'))
@Resolver(() => Caregiver)
export class CaregiverTrainingResolver {
  @FieldResolver(() => [CaregiverTrainingEnrolment], { description: 'Training enrolments, newest first.' })
  trainingEnrolments(
    @Root() caregiver: Caregiver,
    @Ctx() { loaders }: HumanResourcesContext,
  ): Promise<CaregiverTrainingEnrolment[]> {
    return loaders.trainingEnrolmentsByPerson.load(caregiver.personKey);
  }
}
