import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { abilityLevelOn, assessmentHistories } from '../assessment/ability-level-on';
import { checkAliveOn, requireElder } from '../elder/require-elder';
import { isSpecialDifficulty } from '../elder/special-difficulty';
import { CareVisitMonth, visitMonthsOf } from './visit-month.entity';
import { CareVisit } from './visit.entity';
import type { RecordVisitInput } from './visit.inputs';

/**
 * Records a visit to any registered elder, noting whether they were special-difficulty that day.
 * The elder is locked so a form sent twice is caught as the same visitor's same visit.
 */
export async function recordVisit(manager: EntityManager, input: RecordVisitInput): Promise<CareVisit> {
  const elder = await requireElder(manager, input.personKey, 'personKey', { lock: true });
  checkDateOrder('the elder’s birth date', elder.birthDate, 'visitedOn', input.visitedOn);
  checkAliveOn(elder, 'visitedOn', input.visitedOn);
  const visits = manager.getRepository(CareVisit);
  const visit = {
    personKey: elder.personKey,
    visitedOn: input.visitedOn,
    visitorName: input.visitorName.trim(),
    visitorOrganisation: input.visitorOrganisation.trim(),
    method: input.method,
  };
  if (
    await visits.existsBy({
      personKey: visit.personKey,
      visitedOn: visit.visitedOn,
      method: visit.method,
      visitorName: visit.visitorName,
    })
  ) {
    throw new ConflictError(
      `${visit.visitorName}’s ${visit.method} visit on ${visit.visitedOn} is already recorded`,
      'visitedOn',
    );
  }
  const level = abilityLevelOn(
    (await assessmentHistories(manager, [elder.personKey])).get(elder.personKey),
    input.visitedOn,
  );
  const saved = await visits.save(
    visits.create({
      ...visit,
      findings: input.findings?.trim() || null,
      followUpNeeded: input.followUpNeeded,
      specialDifficulty: isSpecialDifficulty(elder, level),
    }),
  );
  await noteVisitMonth(manager, saved, elder.districtCode);
  return saved;
}

/** Keeps the elder's month row in step with the visit (the elder is locked, so no other visit races it). */
async function noteVisitMonth(manager: EntityManager, visit: CareVisit, districtCode: string): Promise<void> {
  const months = manager.getRepository(CareVisitMonth);
  const [row] = visitMonthsOf([visit], () => districtCode);
  const existing = await months.findOneBy({ month: row.month, personKey: row.personKey });
  if (!existing) await months.insert(row);
  else if (row.specialDifficulty && !existing.specialDifficulty)
    await months.update({ month: row.month, personKey: row.personKey }, { specialDifficulty: true });
}
