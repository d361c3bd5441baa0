import { insertInChunks } from '../../shared/seed/insert-in-chunks';
import { addDays } from '../../shared/seed/random';
import { DISTRICTS } from '../../shared/seed/weihai';
import { CARE_STAFF_ROLES } from '../caregiver/caregiver-role.enum';
import type { Caregiver } from '../caregiver/caregiver.entity';
import { CaregiverTrainingKind } from '../training/caregiver-training-kind.enum';
import { CaregiverTrainingEnrolment } from '../training/training-enrolment.entity';
import { CaregiverTrainingProgramme } from '../training/training-programme.entity';
import type { HumanResourcesSeedContext } from './seed-context';

/** The districts' induction programmes are on record from this year; `seedTraining` seeds them from 2023. */
const FIRST_YEAR = 2012;
const LAST_YEAR = 2022;

/**
 * The induction (入职培训) of the care staff hired before the years `seedTraining` covers: each
 * district's yearly induction programme from 2012 to 2022, taken by most of those hired in its year
 * (85%) and by fewer of those hired earlier, who took the 2012 one if any (55%). With the recent
 * hires' inductions the seeded city stays under the plan's 100% by end-2025 (发展目标 4).
 */
export async function seedInductionHistory(
  context: HumanResourcesSeedContext,
  caregivers: readonly Caregiver[],
): Promise<CaregiverTrainingEnrolment[]> {
  const [{ maxId }] = await context.manager
    .createQueryBuilder()
    .from(CaregiverTrainingProgramme, 'programme')
    .select('MAX(programme.id)', 'maxId')
    .getRawMany<{ maxId: number | string | null }>();
  let nextId = Number(maxId ?? 0) + 1;
  const programmes = new Map<string, CaregiverTrainingProgramme>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    DISTRICTS.forEach((district, i) => {
      const startsOn = `${year}-${String(3 + (i % 8)).padStart(2, '0')}-10`;
      programmes.set(
        `${district.code}:${year}`,
        Object.assign(new CaregiverTrainingProgramme(), {
          id: nextId++,
          kind: CaregiverTrainingKind.INDUCTION,
          year,
          name: `${year}年${district.name}养老护理员入职培训`,
          organiser: '威海市人力资源和社会保障局',
          districtCode: district.code,
          startsOn,
          endsOn: addDays(startsOn, 10),
        }),
      );
    });
  const enrolments: CaregiverTrainingEnrolment[] = [];
  caregivers.forEach((caregiver, index) => {
    const hired = Number(caregiver.employedFrom.slice(0, 4));
    if (!CARE_STAFF_ROLES.includes(caregiver.role) || hired > LAST_YEAR) return;
    const random = context.random('induction-history', index);
    const programme = programmes.get(`${caregiver.districtCode}:${Math.max(hired, FIRST_YEAR)}`);
    if (!programme || !random.chance(hired >= FIRST_YEAR ? 0.85 : 0.55)) return;
    enrolments.push(
      Object.assign(new CaregiverTrainingEnrolment(), {
        programmeId: programme.id,
        personKey: caregiver.personKey,
        districtCode: caregiver.districtCode,
        enrolledOn: addDays(programme.startsOn, -random.int(3, 30)),
        completedOn: programme.endsOn,
      }),
    );
  });
  await insertInChunks(context.manager, CaregiverTrainingProgramme, [...programmes.values()]);
  await insertInChunks(context.manager, CaregiverTrainingEnrolment, enrolments);
  return enrolments;
}
