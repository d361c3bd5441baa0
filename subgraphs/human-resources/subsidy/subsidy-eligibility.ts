import { yearsBefore } from '../../shared/time/today';
import { isWorkingOn } from '../caregiver/employment';
import { type CaregiverRole, isInstitutionSpecialist } from '../caregiver/caregiver-role.enum';
import { type HeldCertificate, isCertifiedOn } from '../certificate/certified';
import type { CaregiverTrainingKind } from '../training/caregiver-training-kind.enum';
import { CaregiverSubsidyKind } from './subsidy.enums';
import { CAREGIVER_SUBSIDY_RATES, type CaregiverSubsidyRates } from './subsidy-rates';

/** What a decision needs to know of a caregiver, from HR's own records. */
export interface CaregiverSubsidyFacts {
  role: CaregiverRole;
  employerCode: string | null;
  employedFrom: string;
  employedUntil: string | null;
  graduationYear: number | null;
  certificates: readonly HeldCertificate[];
  /** For a training subsidy: the completed enrolment it is for (already checked to be the caregiver's). */
  enrolment?: { id: number; completedOn: string | null; programmeKind: CaregiverTrainingKind } | null;
}

/**
 * The amount due and the occasion it is due for (at most one subsidy per person, kind and occasion:
 * `once` for one-time awards, the enrolment for training, the year for 稳岗), or why nothing is due.
 */
export type CaregiverSubsidyDecision = { amountFen: number; occasion: string } | { refusal: string; field: string };

export function decideCaregiverSubsidy(
  kind: CaregiverSubsidyKind,
  facts: CaregiverSubsidyFacts,
  decidedOn: string,
  rates: CaregiverSubsidyRates = CAREGIVER_SUBSIDY_RATES,
): CaregiverSubsidyDecision {
  const employed = facts.employerCode !== null && isWorkingOn(facts, decidedOn);
  const noEmployer = {
    refusal: `needs a current employer: the caregiver is not employed by an institution on ${decidedOn}`,
    field: 'personKey',
  };
  // The subsidies reward care work (养老护理员 and social workers): an institution's medical, rehabilitation and fire-safety staff are not their object.
  if (isInstitutionSpecialist(facts.role))
    return {
      refusal:
        'is for caregivers and social workers in elder care, not an institution’s medical, rehabilitation or fire-safety staff',
      field: 'personKey',
    };
  const graduatedAgo = facts.graduationYear === null ? null : Number(decidedOn.slice(0, 4)) - facts.graduationYear;
  switch (kind) {
    case CaregiverSubsidyKind.GRADUATE_HIRING_AWARD: {
      if (!employed) return noEmployer;
      if (facts.graduationYear === null)
        return {
          refusal: 'is for college or vocational-school graduates; this caregiver has no graduation recorded',
          field: 'personKey',
        };
      if (Number(facts.employedFrom.slice(0, 4)) - facts.graduationYear > rates.graduateHiredWithinYears) {
        return {
          refusal: `is for graduates hired within ${rates.graduateHiredWithinYears} years of graduating; this caregiver graduated in ${facts.graduationYear} and was hired on ${facts.employedFrom}`,
          field: 'personKey',
        };
      }
      return { amountFen: rates.graduateHiringAwardFen, occasion: 'once' };
    }
    case CaregiverSubsidyKind.CERTIFIED_CAREGIVER_HIRING_AWARD:
      if (!employed) return noEmployer;
      if (!isCertifiedOn(facts.certificates, facts.role, decidedOn))
        return { refusal: `needs a valid certificate: the caregiver holds none on ${decidedOn}`, field: 'personKey' };
      return { amountFen: rates.certifiedCaregiverHiringAwardFen, occasion: 'once' };
    case CaregiverSubsidyKind.TRAINING_SUBSIDY: {
      const enrolment = facts.enrolment;
      if (!enrolment)
        return { refusal: 'a training subsidy needs the enrolment it is for', field: 'trainingEnrolmentId' };
      if (!enrolment.completedOn || enrolment.completedOn > decidedOn)
        return { refusal: 'the training has not been completed', field: 'trainingEnrolmentId' };
      return {
        amountFen: rates.trainingSubsidyFenByKind[enrolment.programmeKind],
        occasion: `enrolment:${enrolment.id}`,
      };
    }
    case CaregiverSubsidyKind.JOB_STABILISATION_SUBSIDY:
      if (!employed) return noEmployer;
      if (facts.employedFrom > yearsBefore(decidedOn, rates.jobStabilisationMinYears)) {
        return {
          refusal: `is for caregivers employed by the same institution at least ${rates.jobStabilisationMinYears} year(s); this one since ${facts.employedFrom}`,
          field: 'personKey',
        };
      }
      return { amountFen: rates.jobStabilisationFen, occasion: `year:${decidedOn.slice(0, 4)}` };
    case CaregiverSubsidyKind.INTERNSHIP_SUBSIDY:
      if (!employed)
        return {
          refusal: `needs the institution hosting the internship: the caregiver is not placed with one on ${decidedOn}`,
          field: 'personKey',
        };
      if (graduatedAgo === null || graduatedAgo > rates.internshipWithinYears) {
        return {
          refusal: `is for graduates within ${rates.internshipWithinYears} years of graduating`,
          field: 'personKey',
        };
      }
      return { amountFen: rates.internshipFen, occasion: 'once' };
  }
}
