import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import { entityRows } from '../../shared/db/entity-rows';
import { rowLock } from '../../shared/db/row-lock';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { parseResidentId } from '../../shared/identity/resident-id';
import { personKeyOf } from '../../shared/identity/person-key';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { ageOn, todayIso, yearsBefore } from '../../shared/time/today';
import { applyChanges } from '../../shared/validation/apply-changes';
import { checkDateOrder, checkNotFuture } from '../../shared/validation/checks';
import { Sex } from '../../shared/identity/sex.enum';
import { filterByArea, resolveServiceArea, type ServiceArea } from '../area/service-area';
import { ELDER_MINIMUM_AGE } from '../../shared/policy/elder-age';
import { EconomicStatus } from './elder.enums';
import { Elder } from './elder.entity';
import type { ElderFilter, RegisterElderInput, UpdateElderInput } from './elder.inputs';

export async function registerElder(
  manager: EntityManager,
  input: RegisterElderInput,
  personKeySecret: string,
): Promise<Elder> {
  const identity = checkedIdentity(input, personKeySecret);
  const elders = manager.getRepository(Elder);
  if (await elders.existsBy({ personKey: identity.personKey }))
    throw new ConflictError('this person is already in the registry', 'idNumber');
  if (
    input.sourceRef &&
    (await elders.existsBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref }))
  )
    throw sourceRefTaken(input.sourceRef);
  const area = await resolveServiceArea(manager, input.areaCode);
  return elders.save(elders.create(elderRecord(input, identity, area)));
}

/** Who a registration is about, from its ID number: refused if the number is invalid or the person under 60. */
export function checkedIdentity(input: RegisterElderInput, personKeySecret: string) {
  const id = parseResidentId(input.idNumber);
  if (ageOn(id.birthDate, todayIso()) < ELDER_MINIMUM_AGE) {
    throw new BadUserInputError(
      'idNumber',
      `the registry holds residents aged ${ELDER_MINIMUM_AGE} or more; this person was born on ${id.birthDate}`,
    );
  }
  return { ...id, personKey: personKeyOf(id.number, personKeySecret) };
}

/** The registry's fields of a registration (a new elder's, or those a load brings up to date). */
export function elderRecord(
  input: RegisterElderInput,
  identity: ReturnType<typeof checkedIdentity>,
  area: ServiceArea,
): Omit<Elder, 'deceasedOn' | 'registeredAt' | 'updatedAt' | 'sourceRef'> {
  return {
    personKey: identity.personKey,
    idNumber: identity.number,
    sex: Sex[identity.sex],
    birthDate: identity.birthDate,
    name: input.name.trim(),
    phone: input.phone ?? null,
    address: input.address ?? null,
    ...area,
    livingSituation: input.livingSituation,
    specialFamilyPlanningFamily: input.specialFamilyPlanningFamily,
    economicStatus: input.economicStatus,
    wantsCentralisedCare: input.wantsCentralisedCare,
    ...sourceRefColumns(input.sourceRef),
  };
}

export function sourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names another elder in the registry`, 'sourceRef');
}

export async function updateElder(manager: EntityManager, personKey: string, input: UpdateElderInput): Promise<Elder> {
  const elders = manager.getRepository(Elder);
  const elder = await elders.findOne({ where: { personKey }, ...rowLock(manager) });
  if (!elder) throw new NotFoundError('Elder', personKey);
  const { areaCode, deceasedOn, ...fields } = input;
  applyChanges(elder, fields, ['phone', 'address']);
  if (areaCode !== undefined) Object.assign(elder, await resolveServiceArea(manager, areaCode));
  if (deceasedOn !== undefined) {
    checkNotFuture('deceasedOn', deceasedOn);
    if (deceasedOn) checkDateOrder('birthDate', elder.birthDate, 'deceasedOn', deceasedOn);
    elder.deceasedOn = deceasedOn;
  }
  if (elder.economicStatus !== EconomicStatus.EXTREME_POVERTY) {
    if (input.wantsCentralisedCare)
      throw new BadUserInputError(
        'wantsCentralisedCare',
        'only extreme-poverty (特困) elders are asked about centralised care',
      );
    elder.wantsCentralisedCare = false;
  }
  return elders.save(elder);
}

export async function listElders(
  manager: EntityManager,
  filter: ElderFilter | undefined,
  page: CheckedPage,
): Promise<Page<Elder>> {
  const query = manager.getRepository(Elder).createQueryBuilder('elder');
  if (filter?.areaCode) await filterByArea(query, 'elder', filter.areaCode, 'filter.areaCode');
  if (filter?.economicStatus)
    query.andWhere('elder.economicStatus = :economicStatus', { economicStatus: filter.economicStatus });
  if (filter?.livingSituation)
    query.andWhere('elder.livingSituation = :livingSituation', { livingSituation: filter.livingSituation });
  const today = todayIso();
  if (filter?.minAge != null)
    query.andWhere('elder.birthDate <= :bornBy', { bornBy: yearsBefore(today, filter.minAge) });
  if (filter?.maxAge != null)
    query.andWhere('elder.birthDate > :bornAfter', { bornAfter: yearsBefore(today, filter.maxAge + 1) });
  if (!filter?.includeDeceased) query.andWhere('elder.deceasedOn IS NULL');
  return readPage(query, page, [{ column: 'elder.personKey', property: 'personKey', direction: 'ASC' }], entityRows);
}
