import type { EntityManager } from 'typeorm';
import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { assertPersonKey, personKeyOf } from '../../shared/identity/person-key';
import { parseResidentId } from '../../shared/identity/resident-id';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { ageOn, todayIso } from '../../shared/time/today';
import { rowLock } from '../../shared/db/row-lock';
import { Sex } from '../../shared/identity/sex.enum';
import { certifiedCondition } from '../certificate/certified';
import { isInstitutionSpecialist } from './caregiver-role.enum';
import { Caregiver } from './caregiver.entity';
import type { CaregiverFilter, RegisterCaregiverInput } from './caregiver.inputs';
import { workingCondition } from './employment';
import { workDistrict } from './work-district';

/** Working age (劳动年龄) from which a caregiver may be employed. */
export const CAREGIVER_MINIMUM_AGE = 16;

export async function registerCaregiver(
  manager: EntityManager,
  input: RegisterCaregiverInput,
  personKeySecret: string,
): Promise<Caregiver> {
  const fields = caregiverRecord(input, personKeySecret);
  const caregivers = manager.getRepository(Caregiver);
  if (await caregivers.existsBy({ personKey: fields.personKey }))
    throw new ConflictError('this person is already registered as a caregiver', 'idNumber');
  if (
    input.sourceRef &&
    (await caregivers.existsBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref }))
  )
    throw caregiverSourceRefTaken(input.sourceRef);
  return caregivers.save(caregivers.create({ ...fields, employedUntil: null }));
}

/**
 * The fields of a registration (a new caregiver's, or those a load brings up to date): refused for an
 * invalid ID number or credit code, an employment before working age, an implausible graduation, or
 * an institution's medical, rehabilitation or fire-safety staff member without the institution.
 */
export function caregiverRecord(
  input: RegisterCaregiverInput,
  personKeySecret: string,
): Pick<Caregiver, 'personKey' | 'idNumber' | 'sex' | 'birthDate' | (typeof CAREGIVER_LOADED_FIELDS)[number]> {
  const id = parseResidentId(input.idNumber);
  if (ageOn(id.birthDate, input.employedFrom) < CAREGIVER_MINIMUM_AGE) {
    throw new BadUserInputError(
      'employedFrom',
      `a caregiver may be employed from age ${CAREGIVER_MINIMUM_AGE}; this person (born ${id.birthDate}) was younger on ${input.employedFrom}`,
    );
  }
  if (input.graduationYear != null && input.graduationYear < Number(id.birthDate.slice(0, 4)) + 15) {
    throw new BadUserInputError('graduationYear', `is implausibly early for a person born on ${id.birthDate}`);
  }
  const employerCode = input.employerCode ? parseCreditCode(input.employerCode, 'employerCode') : null;
  if (!employerCode && isInstitutionSpecialist(input.role))
    throw new BadUserInputError(
      'employerCode',
      `${input.role} is a role of an elder-care institution’s staff (medical, rehabilitation or fire-safety work): give the employing institution’s credit code`,
    );
  return {
    personKey: personKeyOf(id.number, personKeySecret),
    idNumber: id.number,
    name: input.name.trim(),
    sex: Sex[id.sex],
    birthDate: id.birthDate,
    phone: input.phone ?? null,
    role: input.role,
    employerCode,
    employedFrom: input.employedFrom,
    districtCode: workDistrict(input.districtCode, employerCode),
    graduationYear: input.graduationYear ?? null,
    ...sourceRefColumns(input.sourceRef),
  };
}

/** The fields a load compares and writes: not the ID number's own, nor an ended employment's last day. */
export const CAREGIVER_LOADED_FIELDS = [
  'name',
  'phone',
  'role',
  'employerCode',
  'employedFrom',
  'districtCode',
  'graduationYear',
  'sourceSystem',
  'sourceId',
] as const satisfies ReadonlyArray<keyof Caregiver>;

export function caregiverSourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names another registered caregiver`, 'sourceRef');
}

/** The caregiver a record is about; refuses an unknown person key with the field that named it. */
export async function requireCaregiver(
  manager: EntityManager,
  personKey: string,
  field: string,
  { lock = false } = {},
): Promise<Caregiver> {
  const caregiver = await manager
    .getRepository(Caregiver)
    .findOne({ where: { personKey: assertPersonKey(personKey, field) }, ...(lock ? rowLock(manager) : {}) });
  if (!caregiver) throw new BadUserInputError(field, 'no caregiver with this person key is registered');
  return caregiver;
}

export async function listCaregivers(
  manager: EntityManager,
  filter: CaregiverFilter | undefined,
  page: CheckedPage,
): Promise<Page<Caregiver>> {
  const today = todayIso();
  const query = manager.getRepository(Caregiver).createQueryBuilder('caregiver');
  if (filter?.districtCode)
    query.andWhere('caregiver.districtCode = :districtCode', { districtCode: filter.districtCode });
  if (filter?.employerCode)
    query.andWhere('caregiver.employerCode = :employerCode', { employerCode: filter.employerCode.toUpperCase() });
  if (filter?.role) query.andWhere('caregiver.role = :role', { role: filter.role });
  if (filter?.certified !== undefined && filter.certified !== null) {
    query.andWhere(filter.certified ? certifiedCondition('caregiver') : `NOT ${certifiedCondition('caregiver')}`, {
      certifiedOn: today,
    });
  }
  if (!filter?.includeFormer) query.andWhere(workingCondition('caregiver'), { workingOn: today });
  return readPage(query, page, [{ column: 'caregiver.personKey', property: 'personKey', direction: 'ASC' }]);
}
