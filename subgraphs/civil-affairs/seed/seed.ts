import { transaction } from '../../shared/db/transaction';
import type { DataSource } from 'typeorm';
import { Random } from '../../shared/seed/random';
import type { SeedOptions } from '../../shared/seed/seed-options';
import { syntheticCaregivers, syntheticInstitutions, syntheticPersons } from '../../shared/seed/synthetic-world';
import { todayIso } from '../../shared/time/today';
import { AgeFriendlySeeder } from '../age-friendly/age-friendly.seed';
import { AllowanceSeeder } from '../allowance/allowance.seed';
import { Area } from '../area/area.entity';
import { AllowancePayment } from '../allowance/allowance.entity';
import { Elder } from '../elder/elder.entity';
import { CareVisitMonth } from '../visit/visit-month.entity';
import { CareVisit } from '../visit/visit.entity';
import { deferIndexes } from '../../shared/seed/deferred-indexes';
import { seedingProgress } from '../../shared/seed/seeding-progress';
import { TablesBeside } from '../../shared/seed/tables-beside';
import { CareAssignmentSeeder } from '../care-assignment/care-assignment.seed';
import { FacilitySeeder } from '../facility/facility.seed';
import { FamilyBedSeeder } from '../family-bed/family-bed.seed';
import { ResidentialDevelopmentSeeder } from '../residential-development/residential-development.seed';
import { VisitSeeder } from '../visit/visit.seed';
import { WaitlistSeeder } from '../waitlist/waitlist.seed';
import { seedAreas } from './areas.seed';
import { seedElders } from './elders.seed';
import { seedInstitutions } from './institutions.seed';
import type { CivilAffairsSeedContext, CivilAffairsSeeder } from './seed-context';
import { StaySeeder } from './stays.seed';

/** Modules that seed their own records from the core's institutions and elders, in order. */
function moduleSeeders(): CivilAffairsSeeder[] {
  return [
    new StaySeeder(),
    new WaitlistSeeder(),
    new FamilyBedSeeder(),
    new CareAssignmentSeeder(),
    new FacilitySeeder(),
    new VisitSeeder(),
    new AllowanceSeeder(),
    new AgeFriendlySeeder(),
    new ResidentialDevelopmentSeeder(),
  ];
}

/** Seeds civil affairs from the synthetic world: areas, institutions and beds, then elders in batches with each module's records. */
export async function seedCivilAffairs(dataSource: DataSource, options: SeedOptions): Promise<void> {
  const writer = new TablesBeside(dataSource);
  try {
    await transaction(dataSource, async (manager) => {
      const context: CivilAffairsSeedContext = {
        manager,
        options,
        today: todayIso(),
        institutions: syntheticInstitutions(options),
        caregivers: syntheticCaregivers(options),
        random: (stream, index = 0) => Random.for(options.randomSeed, `civil-affairs:${stream}`, index),
      };
      await seedAreas(manager);
      await seedInstitutions(context);
      // The tables seeding only writes (the large ones) are written by a second thread into a side file,
      // with their indexes built there; what it reads back (stays, assessments, beds) stays here. The
      // registry stays too: a tenth of the rows but most of the indexes, which the writer (the busier
      // thread at 800,000 elders) built and the final copy moved again (17 s of its 45 s, loaded machine).
      const beside = [AllowancePayment, CareVisit, CareVisitMonth];
      await writer.start(manager, beside);
      // Where no thread takes them (MySQL, tests), the indexes wait for the rows instead.
      const rebuildIndexes = await deferIndexes(manager, writer.running ? [Elder] : [Elder, ...beside]);
      const seeders = moduleSeeders();
      for (const seeder of seeders) await seeder.seedOnce?.(context);
      const progress = seedingProgress(options.log, options.elders);
      for (const persons of syntheticPersons(options)) {
        const elders = await seedElders(context, persons);
        for (const seeder of seeders) await seeder.seedForElders?.(context, elders);
        await progress.add(persons.length);
      }
      await writer.copyIn(manager);
      await rebuildIndexes();
    });
  } finally {
    await writer.close();
  }
}

export async function civilAffairsIsSeeded(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(Area).exists();
}
