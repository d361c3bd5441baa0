import { type EntityManager, IsNull, MoreThanOrEqual } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { ConflictError } from '../../shared/errors/errors';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { lastDayOf } from '../../shared/time/months';
import { todayIso } from '../../shared/time/today';
import { checkDateOrder } from '../../shared/validation/checks';
import { LtciSettlement } from '../settlement/ltci-settlement.entity';
import { LtciDesignation } from './ltci-designation.entity';
import type {
  DesignateLtciProviderInput,
  LtciDesignationFilter,
  UndesignateLtciProviderInput,
} from './ltci-designation.inputs';

/** Whether a designation is in force on a day (both ends inclusive). The predicate and the SQL below say the same thing; change both together. */
export function inForceOn(
  designation: Pick<LtciDesignation, 'designatedFrom' | 'designatedUntil'>,
  day: string,
): boolean {
  return (
    designation.designatedFrom <= day && (designation.designatedUntil === null || designation.designatedUntil >= day)
  );
}

/** The same rule as a SQL condition on a query over a designation alias; the query binds the day as `:inForceOn`, or `day` names it (a column of a table of days). */
export function inForceCondition(designationAlias: string, day = ':inForceOn'): string {
  return `${designationAlias}.designatedFrom <= ${day} AND (${designationAlias}.designatedUntil IS NULL OR ${designationAlias}.designatedUntil >= ${day})`;
}

/**
 * Designates a provider for a period that must not overlap another of its designations. The
 * provider's existing designations are locked, so two clerks cannot designate it twice at once.
 */
export async function designateLtciProvider(
  manager: EntityManager,
  input: DesignateLtciProviderInput,
): Promise<LtciDesignation> {
  const designations = manager.getRepository(LtciDesignation);
  const existing = await designations.find({ where: { providerCode: input.providerCode }, ...rowLock(manager) });
  const until = input.designatedUntil ?? null;
  const overlapping = existing.find(
    (d) =>
      d.designatedFrom <= (until ?? '9999-12-31') &&
      (d.designatedUntil === null || d.designatedUntil >= input.designatedFrom),
  );
  if (overlapping) {
    throw new ConflictError(
      `this provider is already designated from ${overlapping.designatedFrom}${overlapping.designatedUntil ? ` to ${overlapping.designatedUntil}` : ' with no end date'}`,
      'designatedFrom',
    );
  }
  const other = existing.find((d) => d.providerKind !== input.providerKind);
  if (other) throw new ConflictError(`this credit code was designated as a ${other.providerKind}`, 'providerKind');
  return designations.save(
    designations.create({
      providerKind: input.providerKind,
      providerCode: input.providerCode,
      providerLevel: input.providerLevel,
      districtCode: input.districtCode,
      townCode: input.townCode ?? null,
      designatedFrom: input.designatedFrom,
      designatedUntil: until,
    }),
  );
}

/** Ends the provider's designation that is in force or still to come, no earlier than the last month settled under it. */
export async function undesignateLtciProvider(
  manager: EntityManager,
  input: UndesignateLtciProviderInput,
): Promise<LtciDesignation> {
  const designations = manager.getRepository(LtciDesignation);
  const current = await designations.findOne({
    where: [
      { providerCode: input.providerCode, providerKind: input.providerKind, designatedUntil: IsNull() },
      {
        providerCode: input.providerCode,
        providerKind: input.providerKind,
        designatedUntil: MoreThanOrEqual(todayIso()),
      },
    ],
    order: { designatedFrom: 'DESC' },
    ...rowLock(manager),
  });
  if (!current) throw new ConflictError('this provider has no LTCI designation in force or to come', 'providerCode');
  checkDateOrder('designatedFrom', current.designatedFrom, 'designatedUntil', input.designatedUntil);
  const lastSettled = await manager
    .getRepository(LtciSettlement)
    .createQueryBuilder('settlement')
    .select('MAX(settlement.month)', 'month')
    .where('settlement.designationId = :id', { id: current.id })
    .getRawOne<{ month: string | null }>();
  if (lastSettled?.month && input.designatedUntil < lastDayOf(lastSettled.month)) {
    throw new ConflictError(
      `care under this designation is already settled up to ${lastSettled.month}; it cannot end before ${lastDayOf(lastSettled.month)}`,
      'designatedUntil',
    );
  }
  current.designatedUntil = input.designatedUntil;
  return designations.save(current);
}

export async function listLtciDesignations(
  manager: EntityManager,
  filter: LtciDesignationFilter | undefined,
  page: CheckedPage,
): Promise<Page<LtciDesignation>> {
  const query = manager.getRepository(LtciDesignation).createQueryBuilder('designation');
  if (filter?.providerKind) query.andWhere('designation.providerKind = :kind', { kind: filter.providerKind });
  if (filter?.districtCode) query.andWhere('designation.districtCode = :district', { district: filter.districtCode });
  if (filter?.providerCode) query.andWhere('designation.providerCode = :code', { code: filter.providerCode });
  if (filter?.inForceOnly ?? true) {
    query.andWhere(inForceCondition('designation'), { inForceOn: todayIso() });
  }
  return readPage(query, page, [{ column: 'designation.id', property: 'id', direction: 'ASC' }]);
}
