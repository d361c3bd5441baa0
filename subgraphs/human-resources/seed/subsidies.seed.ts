import { groupBy } from '../../shared/seed/group-by';
import { insertInChunks } from '../../shared/seed/insert-in-chunks';
import { addDays } from '../../shared/seed/random';
import type { Caregiver } from '../caregiver/caregiver.entity';
import type { CaregiverCertificate } from '../certificate/certificate.entity';
import { decideCaregiverSubsidy } from '../subsidy/subsidy-eligibility';
import { CaregiverSubsidyKind, CaregiverSubsidyStatus } from '../subsidy/subsidy.enums';
import { CaregiverSubsidy } from '../subsidy/subsidy.entity';
import type { CaregiverTrainingEnrolment } from '../training/training-enrolment.entity';
import type { CaregiverTrainingProgramme } from '../training/training-programme.entity';
import { earlier, type HumanResourcesSeedContext } from './seed-context';

type SeededEnrolment = CaregiverTrainingEnrolment & { programme: CaregiverTrainingProgramme };

/**
 * Subsidies as a clerk would have decided them: each candidate goes through the same eligibility
 * rule and rate table as the mutation, so no seeded subsidy is one the bureau would refuse. Decisions
 * older than two months have mostly been paid by finance (synthetic disbursement references).
 */
export async function seedSubsidies(
  context: HumanResourcesSeedContext,
  caregivers: Caregiver[],
  certificates: CaregiverCertificate[],
  enrolments: SeededEnrolment[],
): Promise<void> {
  const { today } = context;
  const certificatesOf = groupBy(certificates, (certificate) => certificate.personKey);
  const enrolmentsOf = groupBy(enrolments, (enrolment) => enrolment.personKey);
  const subsidies: Partial<CaregiverSubsidy>[] = [];
  caregivers.forEach((caregiver, index) => {
    const random = context.random('subsidy', index);
    const candidates: Array<{ kind: CaregiverSubsidyKind; decidedOn: string; enrolment?: SeededEnrolment }> = [
      {
        kind: CaregiverSubsidyKind.GRADUATE_HIRING_AWARD,
        decidedOn: addDays(caregiver.employedFrom, random.int(30, 90)),
      },
      {
        kind: CaregiverSubsidyKind.CERTIFIED_CAREGIVER_HIRING_AWARD,
        decidedOn: addDays(caregiver.employedFrom, random.int(30, 120)),
      },
      {
        kind: CaregiverSubsidyKind.INTERNSHIP_SUBSIDY,
        decidedOn: addDays(caregiver.employedFrom, random.int(60, 200)),
      },
      { kind: CaregiverSubsidyKind.JOB_STABILISATION_SUBSIDY, decidedOn: `${Number(today.slice(0, 4)) - 1}-06-30` },
      ...(enrolmentsOf.get(caregiver.personKey) ?? [])
        .filter((enrolment) => enrolment.completedOn)
        .map((enrolment) => ({
          kind: CaregiverSubsidyKind.TRAINING_SUBSIDY,
          decidedOn: addDays(enrolment.completedOn!, random.int(10, 40)),
          enrolment,
        })),
    ];
    for (const { kind, decidedOn, enrolment } of candidates) {
      if (decidedOn > today || !random.chance(kind === CaregiverSubsidyKind.TRAINING_SUBSIDY ? 0.5 : 0.6)) continue;
      const decision = decideCaregiverSubsidy(
        kind,
        {
          ...caregiver,
          certificates: certificatesOf.get(caregiver.personKey) ?? [],
          enrolment: enrolment
            ? { id: enrolment.id, completedOn: enrolment.completedOn, programmeKind: enrolment.programme.kind }
            : null,
        },
        decidedOn,
      );
      if ('refusal' in decision) continue;
      const paid = decidedOn < addDays(today, -60) && random.chance(0.9);
      const paidOn = paid ? earlier(addDays(decidedOn, random.int(15, 45)), today) : null;
      subsidies.push({
        personKey: caregiver.personKey,
        kind,
        occasion: decision.occasion,
        amountFen: decision.amountFen,
        decidedOn,
        employerCode: caregiver.employerCode,
        districtCode: caregiver.districtCode,
        trainingEnrolmentId: enrolment?.id ?? null,
        status: paid ? CaregiverSubsidyStatus.PAID : CaregiverSubsidyStatus.DECIDED,
        paymentReference: paid
          ? `CZ-${paidOn!.slice(0, 4)}-HR${String(index).padStart(6, '0')}-${subsidies.length + 1}`
          : null,
        paidOn,
      });
    }
  });
  await insertInChunks(context.manager, CaregiverSubsidy, subsidies);
}
