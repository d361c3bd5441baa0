import { rowLock } from '../../shared/db/row-lock';
import { type EntityManager, IsNull } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import type { Elder } from '../elder/elder.entity';
import { requireElder } from '../elder/require-elder';
import { FamilyBed } from '../family-bed/family-bed.entity';
import { requireOpenInstitution } from '../institution/institution.service';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { CareAssignment } from './care-assignment.entity';
import type { AssignCaregiverInput, EndCareAssignmentInput } from './care-assignment.inputs';
import { CareType } from './care-type.enum';

/**
 * Assigns a caregiver to an elder. The caregiver's record is human resources', so only the key's
 * format can be checked here. The elder is locked first, so a duplicate cannot slip in beside it.
 */
export async function assignCaregiver(manager: EntityManager, input: AssignCaregiverInput): Promise<CareAssignment> {
  const elder = await requireElder(manager, input.personKey, 'personKey', { living: true, lock: true });
  const institutionCode = await careInstitution(manager, elder, input);
  if (institutionCode) await requireOpenInstitution(manager, institutionCode, 'institutionCode');

  const assignments = manager.getRepository(CareAssignment);
  const open = await assignments.findOneBy({
    personKey: elder.personKey,
    caregiverKey: input.caregiverKey,
    endedOn: IsNull(),
  });
  if (open) throw new ConflictError(`this caregiver has served the elder since ${open.startedOn}`, 'caregiverKey');
  return assignments.save(
    assignments.create({
      personKey: elder.personKey,
      caregiverKey: input.caregiverKey,
      institutionCode,
      careType: input.careType,
      startedOn: input.startedOn,
      endedOn: null,
    }),
  );
}

/** The institution giving the care, checked against where the elder is: their stay for institutional care, their open family bed for family-bed care. */
async function careInstitution(
  manager: EntityManager,
  elder: Elder,
  input: AssignCaregiverInput,
): Promise<string | null> {
  switch (input.careType) {
    case CareType.INSTITUTIONAL: {
      const stay = await manager.findOneBy(InstitutionStay, { personKey: elder.personKey, dischargedOn: IsNull() });
      if (!stay || stay.institutionCode !== input.institutionCode)
        throw new BadUserInputError('institutionCode', 'the elder is not staying in this institution');
      checkDateOrder('the elder’s admission', stay.admittedOn, 'startedOn', input.startedOn);
      return stay.institutionCode;
    }
    case CareType.FAMILY_BED: {
      const bed = await manager.findOneBy(FamilyBed, { personKey: elder.personKey, closedOn: IsNull() });
      if (!bed) throw new BadUserInputError('careType', 'the elder has no open family elder-care bed');
      if (input.institutionCode && input.institutionCode !== bed.operatorCode)
        throw new BadUserInputError('institutionCode', `the elder’s family bed is operated by ${bed.operatorCode}`);
      checkDateOrder('the family bed’s opening', bed.openedOn, 'startedOn', input.startedOn);
      return bed.operatorCode;
    }
    default:
      return input.institutionCode ?? null;
  }
}

export async function endCareAssignment(
  manager: EntityManager,
  input: EndCareAssignmentInput,
): Promise<CareAssignment> {
  const assignments = manager.getRepository(CareAssignment);
  const assignment = await assignments.findOne({ where: { id: Number(input.assignmentId) }, ...rowLock(manager) });
  if (!assignment) throw new NotFoundError('Care assignment', String(input.assignmentId));
  if (assignment.endedOn)
    throw new ConflictError(`this assignment already ended on ${assignment.endedOn}`, 'assignmentId');
  checkDateOrder('startedOn', assignment.startedOn, 'endedOn', input.endedOn);
  assignment.endedOn = input.endedOn;
  return assignments.save(assignment);
}
