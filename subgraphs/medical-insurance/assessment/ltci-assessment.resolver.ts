import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import type { MedicalInsuranceContext } from '../context';
import { Elder, elderStub } from '../elder/elder.stub';
import { LtciAssessment } from './ltci-assessment.entity';
import { ImportLtciAssessmentsInput, RecordLtciAssessmentInput } from './ltci-assessment.inputs';
import { importLtciAssessments } from './ltci-assessment-import';
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

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} LTCI disability assessments from the medical-insurance system in one transaction: each item, matched by its source reference or else by the person and date, records an assessment or brings the matched one up to date, and is answered by its index with CREATED, UPDATED, UNCHANGED or REFUSED (code, field, message).`,
  })
  importLtciAssessments(
    @Arg('input', () => ImportLtciAssessmentsInput) input: ImportLtciAssessmentsInput,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importLtciAssessments(manager, input));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => LtciAssessment, {
    nullable: true,
    description:
      'An LTCI disability assessment by its identifier in a medical-insurance system, as that system sent it; null if none carries it. For medical insurance’s own systems.',
  })
  ltciAssessmentBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The assessment’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: MedicalInsuranceContext,
  ): Promise<LtciAssessment | null> {
    return dataSource.manager.findOneBy(LtciAssessment, { sourceSystem: source, sourceId: ref });
  }

  @FieldResolver(() => Elder, { description: 'The assessed elder (civil affairs’ registry).' })
  elder(@Root() assessment: LtciAssessment): Elder {
    return elderStub(assessment.personKey);
  }
}
