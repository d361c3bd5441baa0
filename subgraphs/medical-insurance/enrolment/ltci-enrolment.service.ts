import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { isUniqueViolation } from '../../shared/db/unique-violation';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { assertPersonKey, personKeyOf } from '../../shared/identity/person-key';
import { parseResidentId } from '../../shared/identity/resident-id';
import { describeSourceRef, sourceRefColumns } from '../../shared/bulk/source-ref';
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
  if (!enrolment) throw notEnrolled(field);
  return enrolment;
}

export function notEnrolled(field: string): BadUserInputError {
  return new BadUserInputError(field, 'this person is not enrolled in long-term care insurance (未参加长期护理保险)');
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
  const identity = enrolmentIdentity(input, personKeySecret);
  const enrolments = manager.getRepository(LtciEnrolment);
  const existing = await enrolments.findOne({ where: { personKey: identity.personKey }, ...rowLock(manager) });
  const referenced = input.sourceRef
    ? await enrolments.findOneBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref })
    : null;
  const fields = enrolmentRecord(input, identity, existing, referenced);
  if (!existing) {
    try {
      return await enrolments.save(enrolments.create(fields));
    } catch (error) {
      // No row to lock yet: the unique index refuses a second enrolment written at the same moment.
      if (isUniqueViolation(error))
        throw new ConflictError('this person has just been enrolled by another request', 'idNumber');
      throw error;
    }
  }
  checkReenrolment(existing, input);
  return enrolments.save(Object.assign(existing, fields));
}

/** Who an enrolment is about, from its ID number: the person key and the birth date it records. */
export function enrolmentIdentity(input: EnrolInLtciInput, personKeySecret: string) {
  const id = parseResidentId(input.idNumber, 'idNumber');
  return { personKey: personKeyOf(id.number, personKeySecret), birthDate: id.birthDate };
}

/**
 * The fields enrolling `input` writes, given the person's enrolment (`existing`) and the enrolment its
 * source reference names (`referenced`): refused if the reference names another person's enrolment,
 * or the person's enrolment carries another reference. Without a reference, the enrolment keeps its own.
 */
export function enrolmentRecord(
  input: EnrolInLtciInput,
  { personKey, birthDate }: { personKey: string; birthDate: string },
  existing: LtciEnrolment | null,
  referenced: LtciEnrolment | null,
): Pick<LtciEnrolment, 'personKey' | 'birthDate' | 'status' | 'statusSince' | (typeof ENROLMENT_FIELDS)[number]> {
  if (input.sourceRef && referenced && referenced.personKey !== personKey)
    throw new ConflictError(
      `${describeSourceRef(input.sourceRef)} already names another person’s enrolment`,
      'sourceRef',
    );
  if (input.sourceRef && existing?.sourceSystem && !referenced)
    throw new ConflictError(
      `this person’s enrolment carries ${existing.sourceSystem}:${existing.sourceId}, not ${describeSourceRef(input.sourceRef)}`,
      'sourceRef',
    );
  const reference = input.sourceRef
    ? sourceRefColumns(input.sourceRef)
    : { sourceSystem: existing?.sourceSystem ?? null, sourceId: existing?.sourceId ?? null };
  return {
    personKey,
    birthDate,
    scheme: input.scheme,
    since: input.since,
    status: LtciEnrolmentStatus.ACTIVE,
    statusSince: input.since,
    districtCode: input.districtCode,
    townCode: input.townCode ?? null,
    ...reference,
  };
}

/** Refuses enrolling a person again while insured, or dated before their previous enrolment ended. */
export function checkReenrolment(existing: LtciEnrolment, input: EnrolInLtciInput): void {
  if (existing.status !== LtciEnrolmentStatus.ENDED) {
    throw new ConflictError(
      `this person is already insured under the ${existing.scheme} scheme since ${existing.since} (${existing.status})`,
      'idNumber',
    );
  }
  if (input.since <= existing.statusSince)
    throw new BadUserInputError('since', `must be after the previous enrolment ended on ${existing.statusSince}`);
}

/** The fields of an enrolment an item sets, which a load compares to tell a repeat (UNCHANGED) from a re-enrolment. */
export const ENROLMENT_FIELDS = [
  'scheme',
  'since',
  'districtCode',
  'townCode',
  'sourceSystem',
  'sourceId',
] as const satisfies ReadonlyArray<keyof LtciEnrolment>;

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
