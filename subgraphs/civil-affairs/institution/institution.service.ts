import { rowLock } from '../../shared/db/row-lock';
import { type EntityManager, IsNull } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { parseCreditCode } from '../../shared/identity/credit-code';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { applyChanges } from '../../shared/validation/apply-changes';
import { checkDateOrder } from '../../shared/validation/checks';
import { filterByArea, resolveServiceArea } from '../area/service-area';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { Institution } from './institution.entity';
import type { InstitutionFilter, RegisterInstitutionInput, UpdateInstitutionInput } from './institution.inputs';

export async function registerInstitution(
  manager: EntityManager,
  input: RegisterInstitutionInput,
): Promise<Institution> {
  const code = parseCreditCode(input.code, 'code');
  const institutions = manager.getRepository(Institution);
  if (await institutions.existsBy({ code }))
    throw new ConflictError('an institution with this credit code is already registered', 'code');
  const { areaCode, code: _typed, ...fields } = input;
  return institutions.save(
    institutions.create({
      ...fields,
      code,
      name: input.name.trim(),
      ...(await resolveServiceArea(manager, areaCode)),
      closedOn: null,
    }),
  );
}

export async function updateInstitution(
  manager: EntityManager,
  code: string,
  input: UpdateInstitutionInput,
): Promise<Institution> {
  const institutions = manager.getRepository(Institution);
  const institution = await institutions.findOne({ where: { code }, ...rowLock(manager) });
  if (!institution) throw new NotFoundError('Institution', code);
  const { closedOn, ...fields } = input;
  applyChanges(institution, fields, ['rating', 'address', 'phone']);
  if (closedOn !== undefined) {
    if (closedOn) {
      checkDateOrder('openedOn', institution.openedOn, 'closedOn', closedOn);
      const staying = await manager.countBy(InstitutionStay, { institutionCode: code, dischargedOn: IsNull() });
      if (staying)
        throw new ConflictError(`${staying} residents are still staying: discharge them before closing`, 'closedOn');
    }
    institution.closedOn = closedOn;
  }
  return institutions.save(institution);
}

/** The institution a record is about; refuses an unknown or closed one. */
export async function requireOpenInstitution(
  manager: EntityManager,
  code: string,
  field: string,
): Promise<Institution> {
  const institution = await manager.findOneBy(Institution, { code });
  if (!institution) throw new BadUserInputError(field, `no institution with credit code ${code} is registered`);
  if (institution.closedOn) throw new BadUserInputError(field, `${institution.name} closed on ${institution.closedOn}`);
  return institution;
}

export async function listInstitutions(
  manager: EntityManager,
  filter: InstitutionFilter | undefined,
  page: CheckedPage,
): Promise<Page<Institution>> {
  const query = manager.getRepository(Institution).createQueryBuilder('institution');
  if (filter?.areaCode) await filterByArea(query, 'institution', filter.areaCode, 'filter.areaCode');
  if (filter?.ownership) query.andWhere('institution.ownership = :ownership', { ownership: filter.ownership });
  if (filter?.minRating) query.andWhere('institution.rating >= :minRating', { minRating: filter.minRating });
  if (!filter?.includeClosed) query.andWhere('institution.closedOn IS NULL');
  return readPage(query, page, [{ column: 'institution.code', property: 'code', direction: 'ASC' }]);
}
