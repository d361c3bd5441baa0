import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { LtciAssessment } from './ltci-assessment.entity';
import { RecordLtciAssessmentInput } from './ltci-assessment.inputs';
import { recordLtciAssessment } from './ltci-assessment.service';

@Authorized(can('disabilityAssessments'))
@Resolver(() => LtciAssessment)
export class LtciAssessmentResolver {
  @Authorized(can('write'))
  @Mutation(() => LtciAssessment, {
    description:
      'Records a disability assessment of an enrolled person. Refused for a person not enrolled or whose enrolment ended, or a second assessment on the same day.',
  })
  recordLtciAssessment(
    @Arg('input', () => RecordLtciAssessmentInput) input: RecordLtciAssessmentInput,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<LtciAssessment> {
    return transaction(dataSource, (manager) => recordLtciAssessment(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The assessed elder (civil affairs’ registry).' })
  elder(@Root() assessment: LtciAssessment): Elder {
    return elderStub(assessment.personKey);
  }
}
