import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { addDays } from '../../shared/seed/random';
import { LTCI_BENEFIT_CONFIG } from '../benefit/ltci-benefit-config';
import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import type { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
import { LtciEnrolmentStatus } from '../enrolment/ltci-enrolment.enums';
import { requireEnrolment } from '../enrolment/ltci-enrolment.service';
import { LtciAssessment } from './ltci-assessment.entity';
import type { RecordLtciAssessmentInput } from './ltci-assessment.inputs';

/** The last day of an assessment's default validity: the same day the configured months later, less a day (29 February rolls to 1 March first). */
export function defaultValidUntil(assessedOn: string, months = LTCI_BENEFIT_CONFIG.assessmentValidityMonths): string {
  const [year, month, day] = assessedOn.split('-').map(Number);
  return addDays(new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10), -1);
}

/** Records an assessment of an enrolled (not ended) person; the enrolment is locked so the same day cannot be recorded twice at once. */
export async function recordLtciAssessment(
  manager: EntityManager,
  input: RecordLtciAssessmentInput,
): Promise<LtciAssessment> {
  const enrolment = await requireEnrolment(manager, input.personKey, 'personKey', { lock: true });
  const fields = assessmentRecord(enrolment, input);
  const assessments = manager.getRepository(LtciAssessment);
  if (await assessments.exists({ where: { personKey: enrolment.personKey, assessedOn: input.assessedOn } })) {
    throw sameDayAssessed(input.assessedOn);
  }
  if (
    input.sourceRef &&
    (await assessments.existsBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref }))
  )
    throw assessmentSourceRefTaken(input.sourceRef);
  return assessments.save(assessments.create(fields));
}

/** The fields of an assessment of the person `enrolment` insures: refused once the enrolment has ended. */
export function assessmentRecord(
  enrolment: Pick<LtciEnrolment, 'personKey' | 'status' | 'statusSince'>,
  input: RecordLtciAssessmentInput,
): Pick<LtciAssessment, (typeof ASSESSMENT_FIELDS)[number]> {
  checkAssessable(enrolment);
  return assessmentFields(enrolment.personKey, input);
}

/** Refuses a new assessment (or a change of one) of a person whose enrolment has ended. */
export function checkAssessable(enrolment: Pick<LtciEnrolment, 'status' | 'statusSince'>): void {
  if (enrolment.status === LtciEnrolmentStatus.ENDED)
    throw new BadUserInputError('personKey', `this person’s LTCI enrolment ended on ${enrolment.statusSince}`);
}

/** The fields `input` records for the person. */
export function assessmentFields(
  personKey: string,
  input: RecordLtciAssessmentInput,
): Pick<LtciAssessment, (typeof ASSESSMENT_FIELDS)[number]> {
  return {
    personKey,
    grade: input.grade,
    assessedOn: input.assessedOn,
    validUntil: input.validUntil ?? defaultValidUntil(input.assessedOn),
    assessingOrganisation: input.assessingOrganisation.trim(),
    ...sourceRefColumns(input.sourceRef),
  };
}

/** The fields an assessment is recorded with, which a load compares and writes. */
export const ASSESSMENT_FIELDS = [
  'personKey',
  'grade',
  'assessedOn',
  'validUntil',
  'assessingOrganisation',
  'sourceSystem',
  'sourceId',
] as const satisfies ReadonlyArray<keyof LtciAssessment>;

export function sameDayAssessed(assessedOn: string): ConflictError {
  return new ConflictError(`this person already has an assessment dated ${assessedOn}`, 'assessedOn');
}

export function assessmentSourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names a recorded assessment`, 'sourceRef');
}
