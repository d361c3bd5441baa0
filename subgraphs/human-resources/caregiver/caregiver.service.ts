import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { assertPersonKey, personKeyOf } from '../../shared/identity/person-key';
import { parseResidentId } from '../../shared/identity/resident-id';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { ageOn, todayIso } from '../../shared/time/today';
import { rowLock } from '../../shared/db/row-lock';
import { Sex } from '../../shared/identity/sex.enum';
import { certifiedCondition } from '../certificate/certified';
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
  const personKey = personKeyOf(id.number, personKeySecret);
  const caregivers = manager.getRepository(Caregiver);
  if (await caregivers.existsBy({ personKey }))
    throw new ConflictError('this person is already registered as a caregiver', 'idNumber');
  const employerCode = input.employerCode ? parseCreditCode(input.employerCode, 'employerCode') : null;
  return caregivers.save(
    caregivers.create({
      personKey,
      idNumber: id.number,
      name: input.name.trim(),
      sex: Sex[id.sex],
      birthDate: id.birthDate,
      phone: input.phone ?? null,
      role: input.role,
      employerCode,
      employedFrom: input.employedFrom,
      employedUntil: null,
      districtCode: workDistrict(input.districtCode, employerCode),
      graduationYear: input.graduationYear ?? null,
    }),
  );
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
