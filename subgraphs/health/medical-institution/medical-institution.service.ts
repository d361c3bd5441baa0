import { type EntityManager, IsNull } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { applyChanges } from '../../shared/validation/apply-changes';
import { areaColumnOf } from '../../shared/areas/area-column';
import { healthPlaceOf } from '../area/area-place';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';
import { MedicalInstitution } from './medical-institution.entity';
import {
  checkGrade,
  checkHospice,
  type MedicalInstitutionFilter,
  type RegisterMedicalInstitutionInput,
  type UpdateMedicalInstitutionInput,
} from './medical-institution.inputs';

export async function registerMedicalInstitution(
  manager: EntityManager,
  input: RegisterMedicalInstitutionInput,
): Promise<MedicalInstitution> {
  const institutions = manager.getRepository(MedicalInstitution);
  if (await institutions.existsBy({ code: input.code }))
    throw new ConflictError('a medical institution with this credit code is already registered', 'code');
  const { areaCode, level, ...fields } = input;
  return institutions.save(
    institutions.create({
      ...fields,
      name: input.name.trim(),
      level: level ?? null,
      ...healthPlaceOf(areaCode, 'areaCode'),
    }),
  );
}

/** Changes a registration; the bed stock may not fall below the beds occupied today. The row is locked against admissions meanwhile. */
export async function updateMedicalInstitution(
  manager: EntityManager,
  code: string,
  input: UpdateMedicalInstitutionInput,
): Promise<MedicalInstitution> {
  const institutions = manager.getRepository(MedicalInstitution);
  const institution = await institutions.findOne({ where: { code }, ...rowLock(manager) });
  if (!institution) throw new NotFoundError('Medical institution', code);
  applyChanges(institution, { ...input, name: input.name?.trim() }, ['level']);
  checkGrade(institution.kind, institution.level);
  checkHospice(institution.hospiceBeds, institution.hospiceProvider);
  const inHospital = await manager.countBy(HospitalStay, { medicalInstitutionCode: code, dischargedOn: IsNull() });
  if (institution.medicalBeds < inHospital)
    throw new ConflictError(
      `${inHospital} medical beds are occupied today: discharge patients before reducing the stock`,
      'medicalBeds',
    );
  const inHospice = await manager.countBy(HospiceStay, { medicalInstitutionCode: code, dischargedOn: IsNull() });
  if (institution.hospiceBeds < inHospice)
    throw new ConflictError(
      `${inHospice} hospice beds are occupied today: discharge patients before reducing the stock`,
      'hospiceBeds',
    );
  return institutions.save(institution);
}

/** The medical institution a record names; refuses a malformed or unregistered credit code. Locked when it guards a capacity rule. */
export async function requireMedicalInstitution(
  manager: EntityManager,
  typed: string,
  field: string,
  { lock = false } = {},
): Promise<MedicalInstitution> {
  const code = parseCreditCode(typed, field);
  const institution = await manager.findOne(MedicalInstitution, { where: { code }, ...(lock ? rowLock(manager) : {}) });
  if (!institution) throw unknownMedicalInstitution(code, field);
  return institution;
}

export function unknownMedicalInstitution(code: string, field: string): BadUserInputError {
  return new BadUserInputError(field, `no medical institution with credit code ${code} is registered`);
}

export async function listMedicalInstitutions(
  manager: EntityManager,
  filter: MedicalInstitutionFilter | undefined,
  page: CheckedPage,
): Promise<Page<MedicalInstitution>> {
  const query = manager.getRepository(MedicalInstitution).createQueryBuilder('institution');
  if (filter?.areaCode) {
    const column = areaColumnOf(filter.areaCode);
    if (column === undefined)
      throw new BadUserInputError(
        'filter.areaCode',
        'medical institutions are listed by city, district or town/street',
      );
    if (column) query.andWhere(`institution.${column} = :areaCode`, { areaCode: filter.areaCode });
  }
  if (filter?.kind) query.andWhere('institution.kind = :kind', { kind: filter.kind });
  if (filter?.minLevel) query.andWhere('institution.level >= :minLevel', { minLevel: filter.minLevel });
  for (const flag of ['isPublic', 'hospiceProvider', 'internetNursing'] as const) {
    // As 1/0: booleans are tinyint(1) in MySQL and integers in SQLite.
    if (filter?.[flag] !== undefined && filter[flag] !== null)
      query.andWhere(`institution.${flag} = :${flag}`, { [flag]: filter[flag] ? 1 : 0 });
  }
  return readPage(query, page, [{ column: 'institution.code', property: 'code', direction: 'ASC' }]);
}
