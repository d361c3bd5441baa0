import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { requireCaregiver } from '../caregiver/caregiver.service';
import { CaregiverTrainingEnrolment } from './training-enrolment.entity';
import { CaregiverTrainingProgramme } from './training-programme.entity';
import type {
  CompleteCaregiverTrainingInput,
  EnrolCaregiverInTrainingInput,
  OpenCaregiverTrainingProgrammeInput,
} from './training.inputs';

export async function openCaregiverTrainingProgramme(
  manager: EntityManager,
  input: OpenCaregiverTrainingProgrammeInput,
): Promise<CaregiverTrainingProgramme> {
  const programmes = manager.getRepository(CaregiverTrainingProgramme);
  return programmes.save(
    programmes.create({
      kind: input.kind,
      year: Number(input.startsOn.slice(0, 4)),
      name: input.name.trim(),
      organiser: input.organiser.trim(),
      districtCode: input.districtCode ?? null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    }),
  );
}

/** Enrols a caregiver once per programme; the caregiver is locked so a double click cannot enrol twice. */
export async function enrolCaregiverInTraining(
  manager: EntityManager,
  input: EnrolCaregiverInTrainingInput,
): Promise<CaregiverTrainingEnrolment> {
  const programme = await manager.findOneBy(CaregiverTrainingProgramme, { id: Number(input.programmeId) });
  if (!programme) throw new BadUserInputError('programmeId', `no training programme ${input.programmeId} exists`);
  const caregiver = await requireCaregiver(manager, input.personKey, 'personKey', { lock: true });
  if (input.enrolledOn > programme.endsOn)
    throw new BadUserInputError('enrolledOn', `the programme ended on ${programme.endsOn}`);
  const enrolments = manager.getRepository(CaregiverTrainingEnrolment);
  const existing = await enrolments.findOneBy({ programmeId: programme.id, personKey: caregiver.personKey });
  if (existing)
    throw new ConflictError(`this caregiver enrolled in the programme on ${existing.enrolledOn}`, 'personKey');
  return enrolments.save(
    enrolments.create({
      programmeId: programme.id,
      personKey: caregiver.personKey,
      districtCode: caregiver.districtCode,
      enrolledOn: input.enrolledOn,
      completedOn: null,
    }),
  );
}

export async function completeCaregiverTraining(
  manager: EntityManager,
  input: CompleteCaregiverTrainingInput,
): Promise<CaregiverTrainingEnrolment> {
  const enrolments = manager.getRepository(CaregiverTrainingEnrolment);
  const enrolment = await enrolments.findOne({ where: { id: Number(input.enrolmentId) }, ...rowLock(manager) });
  if (!enrolment) throw new NotFoundError('Training enrolment', String(input.enrolmentId));
  if (enrolment.completedOn)
    throw new ConflictError(`this training was already completed on ${enrolment.completedOn}`, 'enrolmentId');
  const programme = await manager.findOneByOrFail(CaregiverTrainingProgramme, { id: enrolment.programmeId });
  checkDateOrder('the enrolment', enrolment.enrolledOn, 'completedOn', input.completedOn);
  checkDateOrder('the programme’s first day', programme.startsOn, 'completedOn', input.completedOn);
  enrolment.completedOn = input.completedOn;
  return enrolments.save(enrolment);
}
