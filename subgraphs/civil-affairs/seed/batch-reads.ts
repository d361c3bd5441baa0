import type { EntityManager } from 'typeorm';
import { type EntityTarget, In, IsNull } from 'typeorm';
import { assessmentHistories } from '../assessment/ability-level-on';
import { AbilityAssessment } from '../assessment/ability-assessment.entity';
import { InstitutionStay } from '../stay/institution-stay.entity';
import type { SeededElder } from './seed-context';

/**
 * What several modules' seeders read back of one batch of elders, read once per batch (the array
 * every seeder of the batch receives). Valid because each is written before its first reader and not
 * after: assessments by the core seeder, stays by the stay seeder, which runs first.
 */
const readsOfBatch = new WeakMap<SeededElder[], Map<EntityTarget<unknown>, Promise<unknown>>>();

function once<T>(elders: SeededElder[], what: EntityTarget<unknown>, read: () => Promise<T>): Promise<T> {
  let reads = readsOfBatch.get(elders);
  if (!reads) readsOfBatch.set(elders, (reads = new Map<EntityTarget<unknown>, Promise<unknown>>()));
  let result = reads.get(what) as Promise<T> | undefined;
  if (!result) reads.set(what, (result = read()));
  return result;
}

/** The batch's assessments per elder, newest first (the allowance and visit seeders both read them). */
export function historiesOf(manager: EntityManager, elders: SeededElder[]): Promise<Map<string, AbilityAssessment[]>> {
  return once(elders, AbilityAssessment, () =>
    assessmentHistories(
      manager,
      elders.map(({ elder }) => elder.personKey),
    ),
  );
}

/** The open institution stays of the batch's elders, by person key (waitlist, family beds and care assignments). */
export function openStaysOf(manager: EntityManager, elders: SeededElder[]): Promise<Map<string, InstitutionStay>> {
  return once(elders, InstitutionStay, async () => {
    const stays = await manager.findBy(InstitutionStay, {
      personKey: In(elders.map(({ elder }) => elder.personKey)),
      dischargedOn: IsNull(),
    });
    return new Map(stays.map((stay) => [stay.personKey, stay]));
  });
}
