import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { LtciEnrolment } from './ltci-enrolment.entity';
import { ChangeLtciEnrolmentStatusInput, EnrolInLtciInput } from './ltci-enrolment.inputs';
import { changeLtciEnrolmentStatus, enrolInLtci } from './ltci-enrolment.service';

@Authorized(can('enrolment'))
@Resolver(() => LtciEnrolment)
export class LtciEnrolmentResolver {
  @Authorized(can('write'))
  @Mutation(() => LtciEnrolment, {
    description:
      'Insures a person for long-term care (长期护理保险参保). Refused while they are already insured; re-opens an ended enrolment.',
  })
  enrolInLtci(
    @Arg('input', () => EnrolInLtciInput) input: EnrolInLtciInput,
    @Ctx() { dataSource, config }: MedicalInsuranceContext,
  ): Promise<LtciEnrolment> {
    return transaction(dataSource, (manager) => enrolInLtci(manager, input, config.personKeySecret));
  }

  @Authorized(can('write'))
  @Mutation(() => LtciEnrolment, {
    description: 'Suspends, resumes or ends an LTCI enrolment. Only an ACTIVE enrolment can be settled for.',
  })
  changeLtciEnrolmentStatus(
    @Arg('input', () => ChangeLtciEnrolmentStatusInput) input: ChangeLtciEnrolmentStatusInput,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<LtciEnrolment> {
    return transaction(dataSource, (manager) => changeLtciEnrolmentStatus(manager, input));
  }

  @FieldResolver(() => Elder, { description: 'The insured elder (civil affairs’ registry).' })
  elder(@Root() enrolment: LtciEnrolment): Elder {
    return elderStub(enrolment.personKey);
  }
}
