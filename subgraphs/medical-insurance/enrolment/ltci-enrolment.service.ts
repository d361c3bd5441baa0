import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { isUniqueViolation } from '../../shared/db/unique-violation';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { assertPersonKey, personKeyOf } from '../../shared/identity/person-key';
import { parseResidentId } from '../../shared/identity/resident-id';
import { checkDateOrder } from '../../shared/validation/checks';
import { LtciEnrolmentStatus } from './ltci-enrolment.enums';
import { LtciEnrolment } from './ltci-enrolment.entity';
import type { ChangeLtciEnrolmentStatusInput, EnrolInLtciInput } from './ltci-enrolment.inputs';

/** The enrolment a record is about, locked when it guards a rule; refuses a person never enrolled. */
export async function requireEnrolment(
  manager: EntityManager,
  personKey: string,
  field: string,
  { lock = false } = {},
): Promise<LtciEnrolment> {
  const enrolment = await manager
    .getRepository(LtciEnrolment)
    .findOne({ where: { personKey: assertPersonKey(personKey, field) }, ...(lock ? rowLock(manager) : {}) });
  if (!enrolment)
    throw new BadUserInputError(field, 'this person is not enrolled in long-term care insurance (未参加长期护理保险)');
  return enrolment;
}

/**
 * Insures a person. A person has one enrolment: enrolling again is refused while it is active or
 * suspended, and re-opens it (new scheme, date and district) once it has ended.
 */
export async function enrolInLtci(
  manager: EntityManager,
  input: EnrolInLtciInput,
  personKeySecret: string,
): Promise<LtciEnrolment> {
  const id = parseResidentId(input.idNumber, 'idNumber');
  const personKey = personKeyOf(id.number, personKeySecret);
  const enrolments = manager.getRepository(LtciEnrolment);
  const existing = await enrolments.findOne({ where: { personKey }, ...rowLock(manager) });
  const fields = {
    scheme: input.scheme,
    since: input.since,
    birthDate: id.birthDate,
    status: LtciEnrolmentStatus.ACTIVE,
    statusSince: input.since,
    districtCode: input.districtCode,
    townCode: input.townCode ?? null,
  };
  if (!existing) {
    try {
      return await enrolments.save(enrolments.create({ personKey, ...fields }));
    } catch (error) {
      // No row to lock yet: the unique index refuses a second enrolment written at the same moment.
      if (isUniqueViolation(error))
        throw new ConflictError('this person has just been enrolled by another request', 'idNumber');
      throw error;
    }
  }
  if (existing.status !== LtciEnrolmentStatus.ENDED) {
    throw new ConflictError(
      `this person is already insured under the ${existing.scheme} scheme since ${existing.since} (${existing.status})`,
      'idNumber',
    );
  }
  if (input.since <= existing.statusSince)
    throw new BadUserInputError('since', `must be after the previous enrolment ended on ${existing.statusSince}`);
  return enrolments.save(Object.assign(existing, fields));
}

export async function changeLtciEnrolmentStatus(
  manager: EntityManager,
  input: ChangeLtciEnrolmentStatusInput,
): Promise<LtciEnrolment> {
  const enrolment = await requireEnrolment(manager, input.personKey, 'personKey', { lock: true });
  if (enrolment.status === input.status)
    throw new ConflictError(`the enrolment is already ${enrolment.status} since ${enrolment.statusSince}`, 'status');
  if (enrolment.status === LtciEnrolmentStatus.ENDED)
    throw new ConflictError('an ended enrolment is not changed: enrol the person again', 'status');
  checkDateOrder('the current status’s date', enrolment.statusSince, 'effectiveOn', input.effectiveOn);
  enrolment.status = input.status;
  enrolment.statusSince = input.effectiveOn;
  return manager.getRepository(LtciEnrolment).save(enrolment);
}
