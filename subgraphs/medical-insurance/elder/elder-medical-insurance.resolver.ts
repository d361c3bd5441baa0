import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { checkIntegerRange } from '../../shared/validation/checks';
import { can } from '../access-policy';
import { LtciDisabilityGrade } from '../assessment/ltci-disability-grade.enum';
import { LtciAssessment } from '../assessment/ltci-assessment.entity';
import type { MedicalInsuranceContext } from '../context';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
import { LtciSettlement } from '../settlement/ltci-settlement.entity';
import { Elder } from './elder.stub';

/** The long-term care insurance section of an elder's record. */
@Authorized(can('enrolment'))
@Resolver(() => Elder)
export class ElderMedicalInsuranceResolver {
  @FieldResolver(() => LtciEnrolment, {
    nullable: true,
    description: 'Long-term care insurance enrolment (长期护理保险参保); null if never insured.',
  })
  ltciEnrolment(@Root() elder: Elder, @Ctx() { loaders }: MedicalInsuranceContext): Promise<LtciEnrolment | null> {
    return loaders.ltciEnrolmentByPerson.load(elder.personKey);
  }

  @Authorized(can('disabilityAssessments'))
  @FieldResolver(() => [LtciAssessment], {
    nullable: true,
    description: 'LTCI disability assessments (失能等级评估), newest first.',
  })
  ltciAssessments(@Root() elder: Elder, @Ctx() { loaders }: MedicalInsuranceContext): Promise<LtciAssessment[]> {
    return loaders.ltciAssessmentsByPerson.load(elder.personKey);
  }

  @Authorized(can('disabilityAssessments'))
  @FieldResolver(() => LtciDisabilityGrade, {
    nullable: true,
    description:
      'Grade of the latest LTCI disability assessment, whether or not still valid (see `ltciAssessments` for validity); null if never assessed.',
  })
  async latestLtciGrade(
    @Root() elder: Elder,
    @Ctx() { loaders }: MedicalInsuranceContext,
  ): Promise<LtciDisabilityGrade | null> {
    const [latest] = await loaders.ltciAssessmentsByPerson.load(elder.personKey);
    return latest?.grade ?? null;
  }

  @Authorized(can('settlements'))
  @FieldResolver(() => [LtciSettlement], {
    nullable: true,
    description: 'Monthly LTCI settlements of the elder’s care, newest month first.',
  })
  ltciSettlements(
    @Root() elder: Elder,
    @Arg('year', () => Int, { nullable: true, description: 'Only the months of this year; every year if omitted.' })
    year: number | undefined,
    @Ctx() { loaders }: MedicalInsuranceContext,
  ): Promise<LtciSettlement[]> {
    checkIntegerRange('year', year, 2016, 2100);
    return loaders.ltciSettlementsByPerson.load({ key: elder.personKey, args: year ?? null });
  }
}
