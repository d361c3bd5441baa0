import { rowLock } from '../../shared/db/row-lock';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { AbilityAssessment } from '../assessment/ability-assessment.entity';
import { requireElder } from '../elder/require-elder';
import { admitsByWaitlist } from '../institution/institution-ownership.enum';
import { requireOpenInstitution } from '../institution/institution.service';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import type { ApplyToWaitlistInput, MarkWaitlistAdmittedInput, WithdrawFromWaitlistInput } from './waitlist.inputs';
import { waitlistTier } from './waitlist-priority';
import { WaitlistStatus } from './waitlist-status.enum';

/**
 * Puts an elder on an institution's wait-list in the tier their record gives today. The elder is
 * locked first, so two clerks entering the same application cannot both succeed.
 */
export async function applyToWaitlist(manager: EntityManager, input: ApplyToWaitlistInput): Promise<WaitlistEntry> {
  const elder = await requireElder(manager, input.personKey, 'personKey', { living: true, lock: true });
  const institution = await requireOpenInstitution(manager, input.institutionCode, 'institutionCode');
  if (!admitsByWaitlist(institution.ownership))
    throw new BadUserInputError(
      'institutionCode',
      `${institution.name} is privately run and admits directly, not through the public wait-list`,
    );
  checkDateOrder('the institution’s opening date', institution.openedOn, 'appliedOn', input.appliedOn);

  const entries = manager.getRepository(WaitlistEntry);
  const waiting = await entries.findOneBy({
    personKey: elder.personKey,
    institutionCode: institution.code,
    status: WaitlistStatus.WAITING,
  });
  if (waiting)
    throw new ConflictError(
      `the elder has been waiting for ${institution.name} since ${waiting.appliedOn}`,
      'personKey',
    );

  const latest = await manager.findOne(AbilityAssessment, {
    where: { personKey: elder.personKey },
    order: { assessedOn: 'DESC', id: 'DESC' },
  });
  return entries.save(
    entries.create({
      personKey: elder.personKey,
      institutionCode: institution.code,
      appliedOn: input.appliedOn,
      priorityTier: waitlistTier(elder, latest?.level ?? null),
      status: WaitlistStatus.WAITING,
      statusChangedOn: input.appliedOn,
      stayId: null,
    }),
  );
}

export async function withdrawFromWaitlist(
  manager: EntityManager,
  input: WithdrawFromWaitlistInput,
): Promise<WaitlistEntry> {
  const entry = await requireWaitingEntry(manager, input.entryId, 'withdrawnOn', input.withdrawnOn);
  return close(manager, entry, WaitlistStatus.WITHDRAWN, input.withdrawnOn);
}

export async function markWaitlistAdmitted(
  manager: EntityManager,
  input: MarkWaitlistAdmittedInput,
): Promise<WaitlistEntry> {
  const entry = await requireWaitingEntry(manager, input.entryId, 'admittedOn', input.admittedOn);
  if (input.stayId != null) {
    const stayId = Number(input.stayId);
    const stay = await manager.findOneBy(InstitutionStay, { id: stayId });
    if (!stay) throw new BadUserInputError('stayId', `there is no stay ${input.stayId}`);
    if (stay.personKey !== entry.personKey || stay.institutionCode !== entry.institutionCode) {
      throw new BadUserInputError('stayId', `stay ${stayId} is not this elder’s stay in the institution applied to`);
    }
    if (await manager.existsBy(WaitlistEntry, { stayId }))
      throw new ConflictError(`stay ${stayId} is already linked to another wait-list entry`, 'stayId');
    entry.stayId = stayId;
  }
  return close(manager, entry, WaitlistStatus.ADMITTED, input.admittedOn);
}

/** The entry a status change is about, locked; only a waiting entry can change, and not to a date before its application. */
async function requireWaitingEntry(
  manager: EntityManager,
  entryId: number,
  dateField: string,
  changedOn: string,
): Promise<WaitlistEntry> {
  const entry = await manager.findOne(WaitlistEntry, { where: { id: Number(entryId) }, ...rowLock(manager) });
  if (!entry) throw new NotFoundError('Wait-list entry', String(entryId));
  if (entry.status !== WaitlistStatus.WAITING)
    throw new ConflictError(
      `this entry is already ${entry.status.toLowerCase()} since ${entry.statusChangedOn}`,
      'entryId',
    );
  checkDateOrder('appliedOn', entry.appliedOn, dateField, changedOn);
  return entry;
}

function close(
  manager: EntityManager,
  entry: WaitlistEntry,
  status: WaitlistStatus,
  changedOn: string,
): Promise<WaitlistEntry> {
  entry.status = status;
  entry.statusChangedOn = changedOn;
  return manager.save(entry);
}
