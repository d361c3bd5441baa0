import type { EntityManager } from 'typeorm';
import { sourceRefColumns } from '../../shared/bulk/source-ref';
import { describeSourceRef, type SourceRefInput } from '../../shared/bulk/source-ref';
import { ConflictError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import type { Elder } from '../elder/elder.entity';
import { checkAliveOn, requireElder } from '../elder/require-elder';
import { AbilityAssessment } from './ability-assessment.entity';
import type { RecordAbilityAssessmentInput } from './ability-assessment.inputs';

export async function recordAbilityAssessment(
  manager: EntityManager,
  input: RecordAbilityAssessmentInput,
): Promise<AbilityAssessment> {
  const elder = await requireElder(manager, input.personKey, 'personKey');
  if (
    input.sourceRef &&
    (await manager.existsBy(AbilityAssessment, { sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref }))
  )
    throw assessmentSourceRefTaken(input.sourceRef);
  return manager.save(manager.create(AbilityAssessment, assessmentRecord(elder, input)));
}

/** The fields of an assessment of `elder`: refused if dated before the elder's birth or after their death. */
export function assessmentRecord(
  elder: Pick<Elder, 'birthDate' | 'deceasedOn'>,
  input: RecordAbilityAssessmentInput,
): Pick<AbilityAssessment, (typeof ASSESSMENT_FIELDS)[number]> {
  checkDateOrder('the elder’s birth date', elder.birthDate, 'assessedOn', input.assessedOn);
  checkAliveOn(elder, 'assessedOn', input.assessedOn);
  const { personKey, level, assessedOn, reason, assessor } = input;
  return { personKey, level, assessedOn, reason, assessor, ...sourceRefColumns(input.sourceRef) };
}

/** The fields an assessment is recorded with, which a load compares and writes. */
export const ASSESSMENT_FIELDS = [
  'personKey',
  'level',
  'assessedOn',
  'reason',
  'assessor',
  'sourceSystem',
  'sourceId',
] as const satisfies ReadonlyArray<keyof AbilityAssessment>;

export function assessmentSourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names a recorded assessment`, 'sourceRef');
}
