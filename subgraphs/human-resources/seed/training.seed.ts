import { insertInChunks } from '../../shared/seed/insert-in-chunks';
import { addDays } from '../../shared/seed/random';
import { DISTRICTS } from '../../shared/seed/weihai';
import { CaregiverRole } from '../caregiver/caregiver-role.enum';
import type { Caregiver } from '../caregiver/caregiver.entity';
import { CaregiverTrainingEnrolment } from '../training/training-enrolment.entity';
import { CaregiverTrainingKind } from '../training/caregiver-training-kind.enum';
import { CaregiverTrainingProgramme } from '../training/training-programme.entity';
import { earlier, type HumanResourcesSeedContext } from './seed-context';

/** Programmes are seeded from this year to the current one, so the 2024 goal has records behind it. */
const FIRST_YEAR = 2023;

/**
 * Each year: an induction programme per district, two citywide skills programmes and a long-term-carer
 * programme. Caregivers take the induction of their hiring year, some a skills or long-term-carer
 * programme; most programmes that have ended were completed.
 */
export async function seedTraining(
  context: HumanResourcesSeedContext,
  caregivers: Caregiver[],
): Promise<Array<CaregiverTrainingEnrolment & { programme: CaregiverTrainingProgramme }>> {
  const { today } = context;
  const programmes: CaregiverTrainingProgramme[] = [];
  const add = (
    kind: CaregiverTrainingKind,
    year: number,
    name: string,
    districtCode: string | null,
    startsOn: string,
    days: number,
  ) =>
    programmes.push(
      Object.assign(new CaregiverTrainingProgramme(), {
        id: programmes.length + 1,
        kind,
        year,
        name,
        organiser: '威海市人力资源和社会保障局',
        districtCode,
        startsOn,
        endsOn: addDays(startsOn, days),
      }),
    );
  for (let year = FIRST_YEAR; year <= Number(today.slice(0, 4)); year++) {
    DISTRICTS.forEach((district, i) =>
      add(
        CaregiverTrainingKind.INDUCTION,
        year,
        `${year}年${district.name}养老护理员入职培训`,
        district.code,
        `${year}-${String(3 + (i % 8)).padStart(2, '0')}-10`,
        10,
      ),
    );
    add(CaregiverTrainingKind.SKILLS, year, `${year}年养老护理员职业技能提升培训（春季）`, null, `${year}-04-01`, 45);
    add(CaregiverTrainingKind.SKILLS, year, `${year}年养老服务技能提升培训（秋季）`, null, `${year}-09-01`, 45);
    add(CaregiverTrainingKind.LONG_TERM_CARER, year, `${year}年长期照护师培训`, null, `${year}-05-15`, 60);
  }
  const started = programmes.filter((programme) => programme.startsOn <= today);
  const enrolments: CaregiverTrainingEnrolment[] = [];
  caregivers.forEach((caregiver, index) => {
    const random = context.random('training', index);
    const chosen = new Set<CaregiverTrainingProgramme>();
    const induction = started.find(
      (p) =>
        p.kind === CaregiverTrainingKind.INDUCTION &&
        p.districtCode === caregiver.districtCode &&
        p.year === Number(caregiver.employedFrom.slice(0, 4)),
    );
    if (induction && random.chance(0.9)) chosen.add(induction);
    const skills = started.filter((p) => p.kind === CaregiverTrainingKind.SKILLS && p.endsOn >= caregiver.employedFrom);
    if (skills.length && random.chance(caregiver.role === CaregiverRole.SOCIAL_WORKER ? 0.8 : 0.5))
      chosen.add(random.pick(skills));
    const longTerm = started.filter(
      (p) => p.kind === CaregiverTrainingKind.LONG_TERM_CARER && p.endsOn >= caregiver.employedFrom,
    );
    if (longTerm.length && random.chance(caregiver.role === CaregiverRole.LONG_TERM_CARER ? 0.7 : 0.05))
      chosen.add(random.pick(longTerm));
    for (const programme of chosen) {
      const enrolledOn = earlier(addDays(programme.startsOn, -random.int(3, 30)), today);
      const completed = programme.endsOn < today && random.chance(0.9);
      enrolments.push(
        Object.assign(new CaregiverTrainingEnrolment(), {
          id: enrolments.length + 1,
          programmeId: programme.id,
          personKey: caregiver.personKey,
          districtCode: caregiver.districtCode,
          enrolledOn,
          completedOn: completed ? programme.endsOn : null,
        }),
      );
    }
  });
  await insertInChunks(context.manager, CaregiverTrainingProgramme, programmes);
  await insertInChunks(context.manager, CaregiverTrainingEnrolment, enrolments);
  return enrolments.map((enrolment) => Object.assign(enrolment, { programme: programmes[enrolment.programmeId - 1] }));
}
