import type { DataSource } from 'typeorm';
import { transaction } from '../../shared/db/transaction';
import { Random } from '../../shared/seed/random';
import type { SeedOptions } from '../../shared/seed/seed-options';
import { syntheticMedicalInstitutions } from '../../shared/seed/synthetic-medical-institutions';
import { syntheticInstitutions, syntheticPersons } from '../../shared/seed/synthetic-world';
import { todayIso } from '../../shared/time/today';
import { deferIndexes } from '../../shared/seed/deferred-indexes';
import { LtciAssessment } from '../assessment/ltci-assessment.entity';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
import { LtciSettlement } from '../settlement/ltci-settlement.entity';
import { seedDesignations } from './designations.seed';
import { ProviderPool, seedPersons } from './persons.seed';

/** Seeds medical insurance from the shared world: designations of its institutions, then enrolments, assessments and settlements of its persons in batches. */
export async function seedMedicalInsurance(dataSource: DataSource, options: SeedOptions): Promise<void> {
  const random = (stream: string, index: number) =>
    Random.for(options.randomSeed, `medical-insurance:${stream}`, index);
  const today = todayIso();
  await transaction(dataSource, async (manager) => {
    const designations = await seedDesignations(
      manager,
      today,
      syntheticInstitutions(options),
      syntheticMedicalInstitutions(options),
      random,
    );
    const providers = new ProviderPool(designations);
    // Seeding only writes persons' records (designations, read back, are written above with their indexes).
    const rebuildIndexes = await deferIndexes(manager, [LtciEnrolment, LtciAssessment, LtciSettlement]);
    let done = 0;
    let reported = Date.now();
    for (const persons of syntheticPersons(options)) {
      await seedPersons(manager, today, persons, providers, random);
      done += persons.length;
      if (Date.now() - reported > 5000 || done === options.elders) {
        options.log.info('seeding LTCI persons', { done, of: options.elders });
        reported = Date.now();
      }
    }
    await rebuildIndexes();
  });
}

export async function medicalInsuranceIsSeeded(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(LtciEnrolment).exists();
}
