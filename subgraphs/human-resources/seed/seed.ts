import type { DataSource } from 'typeorm';
import { transaction } from '../../shared/db/transaction';
import { Random } from '../../shared/seed/random';
import type { SeedOptions } from '../../shared/seed/seed-options';
import { todayIso } from '../../shared/time/today';
import { Caregiver } from '../caregiver/caregiver.entity';
import { seedCaregivers } from './caregivers.seed';
import { seedInductionHistory } from './induction-history.seed';
import { seedInstitutionStaff } from './institution-staff.seed';
import { seedMajorEnrolment } from './major-enrolment.seed';
import type { HumanResourcesSeedContext } from './seed-context';
import { seedSubsidies } from './subsidies.seed';
import { seedTraining } from './training.seed';

/**
 * Seeds human resources from the synthetic world: the same caregivers (person keys, employers) as
 * civil affairs assigns to elders, their roles and certificates, training and subsidies, the
 * institutions' medical, rehabilitation and fire-safety staff with their licences, and the
 * register of enrolment in elder-care majors. Caregivers number about one per four institutional
 * beds (≈7,000 for 800,000 elders), so one pass suffices.
 */
export async function seedHumanResources(dataSource: DataSource, options: SeedOptions): Promise<void> {
  await transaction(dataSource, async (manager) => {
    const context: HumanResourcesSeedContext = {
      manager,
      options,
      today: todayIso(),
      random: (stream, index = 0) => Random.for(options.randomSeed, `human-resources:${stream}`, index),
    };
    const { caregivers, certificates } = await seedCaregivers(context);
    options.log.info('seeded caregivers', { caregivers: caregivers.length, certificates: certificates.length });
    const enrolments = await seedTraining(context, caregivers);
    await seedSubsidies(context, caregivers, certificates, enrolments);
    const inducted = await seedInductionHistory(context, caregivers);
    const { staff } = await seedInstitutionStaff(context, caregivers);
    options.log.info('seeded earlier inductions and institution specialists', {
      inductions: inducted.length,
      specialists: staff.length,
    });
    const majorEnrolment = await seedMajorEnrolment(context);
    options.log.info('seeded enrolment in elder-care majors', { records: majorEnrolment.length });
  });
}

export async function humanResourcesIsSeeded(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(Caregiver).exists();
}
