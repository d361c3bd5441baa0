import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { addDays } from '../../shared/seed/random';
import { LTCI_BENEFIT_CONFIG } from '../benefit/ltci-benefit-config';
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
  if (enrolment.status === LtciEnrolmentStatus.ENDED)
    throw new BadUserInputError('personKey', `this person’s LTCI enrolment ended on ${enrolment.statusSince}`);
  const assessments = manager.getRepository(LtciAssessment);
  if (await assessments.exists({ where: { personKey: enrolment.personKey, assessedOn: input.assessedOn } })) {
    throw new ConflictError(`this person already has an assessment dated ${input.assessedOn}`, 'assessedOn');
  }
  return assessments.save(
    assessments.create({
      personKey: enrolment.personKey,
      grade: input.grade,
      assessedOn: input.assessedOn,
      validUntil: input.validUntil ?? defaultValidUntil(input.assessedOn),
      assessingOrganisation: input.assessingOrganisation.trim(),
    }),
  );
}
