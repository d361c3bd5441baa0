import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { LtciEnrolment } from './ltci-enrolment.entity';
import { ChangeLtciEnrolmentStatusInput, EnrolInLtciInput, ImportLtciEnrolmentsInput } from './ltci-enrolment.inputs';
import { importLtciEnrolments } from './ltci-enrolment-import';
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

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} LTCI enrolments from the medical-insurance system in one transaction: each item, matched by its source reference or else by the person, insures the person, re-opens their ended enrolment or finds it unchanged, and is answered by its index with CREATED, UPDATED, UNCHANGED or REFUSED (code, field, message).`,
  })
  importLtciEnrolments(
    @Arg('input', () => ImportLtciEnrolmentsInput) input: ImportLtciEnrolmentsInput,
    @Ctx() { dataSource, config }: MedicalInsuranceContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importLtciEnrolments(manager, input, config.personKeySecret));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => LtciEnrolment, {
    nullable: true,
    description:
      'An LTCI enrolment by its identifier in a medical-insurance system, as that system sent it; null if none carries it. For medical insurance’s own systems.',
  })
  ltciEnrolmentBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The enrolment’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<LtciEnrolment | null> {
    return dataSource.manager.findOneBy(LtciEnrolment, { sourceSystem: source, sourceId: ref });
  }

  @FieldResolver(() => Elder, { description: 'The insured elder (civil affairs’ registry).' })
  elder(@Root() enrolment: LtciEnrolment): Elder {
    return elderStub(enrolment.personKey);
  }
}
