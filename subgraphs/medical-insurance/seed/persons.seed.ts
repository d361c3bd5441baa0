import type { EntityManager } from 'typeorm';
import { insertRows } from '../../shared/seed/insert-rows';
import { addDays, type Random } from '../../shared/seed/random';
import type { SyntheticPerson } from '../../shared/seed/synthetic-world';
import { addMonths, monthOf } from '../../shared/time/months';
import { defaultValidUntil } from '../assessment/ltci-assessment.service';
import { LtciAssessment } from '../assessment/ltci-assessment.entity';
import { LtciDisabilityGrade } from '../assessment/ltci-disability-grade.enum';
import { daysCoveredIn, gradeQualifies, ltciAmounts, rateFor } from '../benefit/ltci-benefit-rules';
import type { LtciDesignation } from '../designation/ltci-designation.entity';
import { LtciEnrolmentStatus, LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
import { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';
import { LtciHomeCareService, LtciPayee } from '../settlement/ltci-care.enums';
import { LtciSettlement } from '../settlement/ltci-settlement.entity';

/** Share of elders enrolled, and the employees' share of those (the rest are urban-rural residents). */
const ENROLLED = 0.9;
const EMPLOYEES = 0.3;
/** Months settled: the twelve before the current one. */
const MONTHS = 12;

/** What the persons' seeding needs of the designations: providers per care form, by district. */
export class ProviderPool {
  private readonly byForm = new Map<LtciCareForm, LtciDesignation[]>();

  constructor(designations: LtciDesignation[]) {
    for (const form of Object.values(LtciCareForm))
      this.byForm.set(
        form,
        designations.filter((d) => rateFor(form, d.providerLevel) !== null),
      );
  }

  /** A provider of the care form, of the person's district when there is one. */
  pick(random: Random, form: LtciCareForm, districtCode: string): LtciDesignation | null {
    const all = this.byForm.get(form) ?? [];
    const near = all.filter((d) => d.districtCode === districtCode);
    return near.length ? random.pick(near) : all.length ? random.pick(all) : null;
  }
}

/** The grade frailty leads to; the thresholds follow civil affairs' seeded ability levels, so the two agree in shape. */
export function gradeForFrailty(frailty: number): LtciDisabilityGrade {
  if (frailty < 0.45) return LtciDisabilityGrade.BASICALLY_NORMAL;
  if (frailty < 0.65) return LtciDisabilityGrade.MILD_DISABILITY;
  if (frailty < 0.78) return LtciDisabilityGrade.MODERATE_DISABILITY;
  if (frailty < 0.86) return LtciDisabilityGrade.SEVERE_DISABILITY_I;
  if (frailty < 0.93) return LtciDisabilityGrade.SEVERE_DISABILITY_II;
  return LtciDisabilityGrade.SEVERE_DISABILITY_III;
}

/** Enrolments, assessments and twelve months of settlements for a batch of the shared world's persons. */
export async function seedPersons(
  manager: EntityManager,
  today: string,
  persons: SyntheticPerson[],
  providers: ProviderPool,
  random: (stream: string, index: number) => Random,
): Promise<void> {
  const enrolments: Partial<LtciEnrolment>[] = [];
  const assessments: Partial<LtciAssessment>[] = [];
  const settlements: Partial<LtciSettlement>[] = [];
  const thisMonth = monthOf(today);
  for (const person of persons) {
    const r = random('person', person.index);
    if (!r.chance(ENROLLED)) continue;
    const scheme = r.chance(EMPLOYEES) ? LtciScheme.EMPLOYEE : LtciScheme.URBAN_RURAL_RESIDENT;
    const since = r.dateBetween(scheme === LtciScheme.EMPLOYEE ? '2018-01-01' : '2021-01-01', addDays(today, -60));
    const status = r.weighted([
      [LtciEnrolmentStatus.ACTIVE, 94],
      [LtciEnrolmentStatus.SUSPENDED, 4],
      [LtciEnrolmentStatus.ENDED, 2],
    ]);
    const statusSince =
      status === LtciEnrolmentStatus.ACTIVE ? since : r.dateBetween(addDays(since, 30), addDays(today, -1));
    enrolments.push({
      personKey: person.personKey,
      scheme,
      since,
      birthDate: person.birthDate,
      status,
      statusSince,
      districtCode: person.districtCode,
      townCode: person.townCode,
    });

    // The frail apply for an assessment far more often; benefits follow a qualifying grade.
    if (status === LtciEnrolmentStatus.ENDED || !r.chance(0.08 + person.frailty * 0.8)) continue;
    const earliest = [since, addDays(today, -700)].sort()[1];
    if (earliest > addDays(today, -20)) continue;
    const grade = gradeForFrailty(person.frailty);
    const assessedOn = r.dateBetween(earliest, addDays(today, -20));
    const assessingOrganisation = `威海市长期护理保险失能评估中心（${person.districtCode}）`;
    const validUntil = defaultValidUntil(assessedOn);
    const earlierOn = addDays(assessedOn, -r.int(365, 700));
    if (r.chance(0.3) && earlierOn >= since) {
      assessments.push({
        personKey: person.personKey,
        grade: gradeForFrailty(person.frailty * 0.85),
        assessedOn: earlierOn,
        validUntil: defaultValidUntil(earlierOn),
        assessingOrganisation,
      });
    }
    assessments.push({ personKey: person.personKey, grade, assessedOn, validUntil, assessingOrganisation });

    if (status !== LtciEnrolmentStatus.ACTIVE || !gradeQualifies(grade)) continue;
    const careForm = r.weighted([
      [LtciCareForm.INSTITUTIONAL, 30],
      [LtciCareForm.HOME, 55],
      [LtciCareForm.SPECIALIST_MEDICAL, 15],
    ]);
    const provider = providers.pick(r, careForm, person.districtCode);
    if (!provider) continue;
    const rate = rateFor(careForm, provider.providerLevel)!;
    const [homeCareService, payee] =
      careForm !== LtciCareForm.HOME
        ? [null, LtciPayee.PROVIDER]
        : r.weighted([
            [[LtciHomeCareService.DAILY_LIFE, LtciPayee.INSURED_PERSON], 40],
            [[LtciHomeCareService.DAILY_LIFE, LtciPayee.PROVIDER], 30],
            [[LtciHomeCareService.MEDICAL, LtciPayee.PROVIDER], 30],
          ] as const);
    for (let back = MONTHS; back >= 1; back--) {
      const month = addMonths(thisMonth, -back);
      const coverable = daysCoveredIn(month, [
        { from: since, until: null },
        { from: assessedOn, until: validUntil },
        { from: provider.designatedFrom, until: provider.designatedUntil },
      ]);
      if (coverable === 0) continue;
      const days =
        careForm === LtciCareForm.SPECIALIST_MEDICAL
          ? r.int(Math.min(5, coverable), Math.min(coverable, 20))
          : Math.max(
              1,
              coverable -
                r.weighted([
                  [0, 70],
                  [r.int(1, 5), 30],
                ]),
            );
      const chargedFen = Math.round(days * rate.dailyCapFen * (0.8 + r.next() * 0.45));
      const amounts = ltciAmounts(rate, scheme, days, chargedFen);
      const settledOn = [addDays(`${addMonths(month, 1)}-01`, r.int(4, 14)), today].sort()[0];
      settlements.push({
        personKey: person.personKey,
        month,
        providerKind: provider.providerKind,
        providerCode: provider.providerCode,
        designationId: provider.id,
        providerLevel: provider.providerLevel,
        scheme,
        districtCode: person.districtCode,
        careForm,
        homeCareService,
        payee,
        days,
        chargedFen,
        dailyCapFen: amounts.dailyCapFen,
        fundRatioBp: amounts.fundRatioBp,
        amountFen: amounts.amountFen,
        fundFen: amounts.fundFen,
        selfPaidFen: amounts.selfPaidFen,
        overCapFen: amounts.overCapFen,
        settledOn,
      });
    }
  }
  await insertRows(manager, LtciEnrolment, enrolments);
  await insertRows(manager, LtciAssessment, assessments);
  await insertRows(manager, LtciSettlement, settlements);
}
