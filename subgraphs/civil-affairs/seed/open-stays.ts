import { type EntityManager, In, IsNull } from 'typeorm';
import { InstitutionStay } from '../stay/institution-stay.entity';
import type { SeededElder } from './seed-context';

/** The open institution stays of a batch of just-seeded elders, by person key, for the modules that seed around them. */
export async function openStaysOf(
  manager: EntityManager,
  elders: SeededElder[],
): Promise<Map<string, InstitutionStay>> {
  const stays = await manager.findBy(InstitutionStay, {
    personKey: In(elders.map(({ elder }) => elder.personKey)),
    dischargedOn: IsNull(),
  });
  return new Map(stays.map((stay) => [stay.personKey, stay]));
}
