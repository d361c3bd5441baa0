import { rowLock } from '../../shared/db/row-lock';
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../shared/errors/errors';
import { assertPersonKey } from '../../shared/identity/person-key';
import { Elder } from './elder.entity';

/** The elder a record is about; refuses an unknown person key, or a deceased elder for records that need a living one. */
export async function requireElder(
  manager: EntityManager,
  personKey: string,
  field: string,
  { living = false, lock = false } = {},
): Promise<Elder> {
  const elder = await manager.getRepository(Elder).findOne({
    where: { personKey: assertPersonKey(personKey, field) },
    ...(lock ? rowLock(manager) : {}),
  });
  if (!elder) throw new BadUserInputError(field, 'no elder with this person key is in the registry');
  if (living && elder.deceasedOn) throw new BadUserInputError(field, `this elder died on ${elder.deceasedOn}`);
  return elder;
}

/** Refuses a record dated after the elder's recorded death. */
export function checkAliveOn(elder: Pick<Elder, 'deceasedOn'>, field: string, day: string): void {
  if (elder.deceasedOn && day > elder.deceasedOn)
    throw new BadUserInputError(field, `must not be after the elder’s death on ${elder.deceasedOn}`);
}
