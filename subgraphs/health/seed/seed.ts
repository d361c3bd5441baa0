import type { DataSource } from 'typeorm';
import { transaction } from '../../shared/db/transaction';
import { Random } from '../../shared/seed/random';
import type { SeedOptions } from '../../shared/seed/seed-options';
import { syntheticMedicalInstitutions } from '../../shared/seed/synthetic-medical-institutions';
import { syntheticPersons } from '../../shared/seed/synthetic-world';
import { todayIso } from '../../shared/time/today';
import { seedMedicalCareIntegration } from '../cooperation/medical-care-integration.seed';
import { deferIndexes } from '../../shared/seed/deferred-indexes';
import { HomeSickbed } from '../home-sickbed/home-sickbed.entity';
import { HospiceStay } from '../hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../hospital-stay/hospital-stay.entity';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import { seedMedicalInstitutions } from '../medical-institution/medical-institution.seed';
import { PatientSeeder } from './patients.seed';
import type { HealthSeedContext } from './seed-context';

/** Seeds the health commission from the synthetic world: medical institutions, integration with elder-care institutions, then elders' health beds in batches. */
export async function seedHealth(dataSource: DataSource, options: SeedOptions): Promise<void> {
  await transaction(dataSource, async (manager) => {
    const context: HealthSeedContext = {
      manager,
      options,
      today: todayIso(),
      medicalInstitutions: syntheticMedicalInstitutions(options),
      random: (stream, index = 0) => Random.for(options.randomSeed, `health:${stream}`, index),
    };
    const institutions = await seedMedicalInstitutions(context);
    await seedMedicalCareIntegration(context, institutions);
    const patients = new PatientSeeder(context, institutions);
    // Seeding only writes elders' health beds; nothing reads them back before the end.
    const rebuildIndexes = await deferIndexes(manager, [HospitalStay, HospiceStay, HomeSickbed]);
    let done = 0;
    let reported = Date.now();
    for (const persons of syntheticPersons(options)) {
      await patients.seedFor(persons);
      done += persons.length;
      if (Date.now() - reported > 5000 || done === options.elders) {
        options.log.info('seeding health records of elders', { done, of: options.elders });
        reported = Date.now();
      }
    }
    await rebuildIndexes();
  });
}

export async function healthIsSeeded(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(MedicalInstitution).exists();
}
