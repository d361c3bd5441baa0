import { describe, expect, it } from '@jest/globals';
import {
  decideCaregiverSubsidy,
  type CaregiverSubsidyFacts,
} from '../../../subgraphs/human-resources/subsidy/subsidy-eligibility';
import { CaregiverSubsidyKind } from '../../../subgraphs/human-resources/subsidy/subsidy.enums';
import { CAREGIVER_SUBSIDY_RATES as RATES } from '../../../subgraphs/human-resources/subsidy/subsidy-rates';
import { CaregiverRole } from '../../../subgraphs/human-resources/caregiver/caregiver-role.enum';
import { CaregiverCertificateKind } from '../../../subgraphs/human-resources/certificate/certificate.enums';
import { CaregiverTrainingKind } from '../../../subgraphs/human-resources/training/caregiver-training-kind.enum';

const employed: CaregiverSubsidyFacts = {
  role: CaregiverRole.ELDER_CAREGIVER,
  employerCode: '12371082MB00000611',
  employedFrom: '2024-03-01',
  employedUntil: null,
  graduationYear: null,
  certificates: [],
};
const certified = { kind: CaregiverCertificateKind.ELDER_CAREGIVER_SKILL, issuedOn: '2024-02-01', expiresOn: null };
const {
  GRADUATE_HIRING_AWARD,
  CERTIFIED_CAREGIVER_HIRING_AWARD,
  TRAINING_SUBSIDY,
  JOB_STABILISATION_SUBSIDY,
  INTERNSHIP_SUBSIDY,
} = CaregiverSubsidyKind;

describe('the default subsidy rate table', () => {
  it('sets every amount as a positive whole number of fen', () => {
    const amounts = [
      RATES.graduateHiringAwardFen,
      RATES.certifiedCaregiverHiringAwardFen,
      RATES.jobStabilisationFen,
      RATES.internshipFen,
      ...Object.values(RATES.trainingSubsidyFenByKind),
    ];
    for (const amount of amounts) expect(Number.isInteger(amount) && amount > 0).toBe(true);
  });
});

describe('deciding a hiring award (一次性入职奖补)', () => {
  it('grants a certified caregiver’s award once, to a caregiver employed and certified on the day of decision', () => {
    expect(
      decideCaregiverSubsidy(
        CERTIFIED_CAREGIVER_HIRING_AWARD,
        { ...employed, certificates: [certified] },
        '2024-04-01',
      ),
    ).toEqual({ amountFen: RATES.certifiedCaregiverHiringAwardFen, occasion: 'once' });
  });

  it('refuses the caregivers’ awards to an institution’s nurse, even one licensed', () => {
    const nurse = {
      ...employed,
      role: CaregiverRole.MEDICAL_STAFF,
      certificates: [{ ...certified, kind: CaregiverCertificateKind.NURSE_LICENCE }],
    };
    expect(decideCaregiverSubsidy(CERTIFIED_CAREGIVER_HIRING_AWARD, nurse, '2024-04-01')).toMatchObject({
      field: 'personKey',
      refusal: expect.stringContaining('not an institution’s medical, rehabilitation or fire-safety staff'),
    });
  });

  it('refuses the certified award without a certificate valid that day, and any hiring award without a current employer', () => {
    expect(
      decideCaregiverSubsidy(
        CERTIFIED_CAREGIVER_HIRING_AWARD,
        { ...employed, certificates: [{ ...certified, issuedOn: '2020-01-01', expiresOn: '2024-03-31' }] },
        '2024-04-01',
      ),
    ).toMatchObject({ field: 'personKey' });
    expect(
      decideCaregiverSubsidy(
        CERTIFIED_CAREGIVER_HIRING_AWARD,
        { ...employed, employerCode: null, certificates: [certified] },
        '2024-04-01',
      ),
    ).toMatchObject({ refusal: expect.stringContaining('current employer') });
    expect(
      decideCaregiverSubsidy(
        CERTIFIED_CAREGIVER_HIRING_AWARD,
        { ...employed, employedUntil: '2024-03-31', certificates: [certified] },
        '2024-04-01',
      ),
    ).toMatchObject({ refusal: expect.stringContaining('current employer') });
    expect(
      decideCaregiverSubsidy(
        CERTIFIED_CAREGIVER_HIRING_AWARD,
        { ...employed, certificates: [certified] },
        '2024-02-15',
      ),
    ).toMatchObject({ refusal: expect.stringContaining('current employer') });
  });

  it('grants the graduate award to a graduate hired within the window after graduating, not later', () => {
    expect(
      decideCaregiverSubsidy(
        GRADUATE_HIRING_AWARD,
        { ...employed, graduationYear: 2024 - RATES.graduateHiredWithinYears },
        '2024-04-01',
      ),
    ).toEqual({ amountFen: RATES.graduateHiringAwardFen, occasion: 'once' });
    expect(
      decideCaregiverSubsidy(
        GRADUATE_HIRING_AWARD,
        { ...employed, graduationYear: 2023 - RATES.graduateHiredWithinYears },
        '2024-04-01',
      ),
    ).toMatchObject({ field: 'personKey' });
    expect(decideCaregiverSubsidy(GRADUATE_HIRING_AWARD, employed, '2024-04-01')).toMatchObject({
      refusal: expect.stringContaining('graduat'),
    });
  });
});

describe('deciding other subsidies', () => {
  it('pays a training subsidy by the programme’s kind for a completed enrolment, once per enrolment', () => {
    const enrolment = { id: 7, completedOn: '2024-05-15', programmeKind: CaregiverTrainingKind.LONG_TERM_CARER };
    expect(decideCaregiverSubsidy(TRAINING_SUBSIDY, { ...employed, enrolment }, '2024-06-01')).toEqual({
      amountFen: RATES.trainingSubsidyFenByKind.LONG_TERM_CARER,
      occasion: 'enrolment:7',
    });
    expect(
      decideCaregiverSubsidy(
        TRAINING_SUBSIDY,
        { ...employed, enrolment: { ...enrolment, completedOn: null } },
        '2024-06-01',
      ),
    ).toMatchObject({ field: 'trainingEnrolmentId' });
    expect(decideCaregiverSubsidy(TRAINING_SUBSIDY, { ...employed, enrolment }, '2024-05-14')).toMatchObject({
      field: 'trainingEnrolmentId',
    });
    expect(decideCaregiverSubsidy(TRAINING_SUBSIDY, employed, '2024-06-01')).toMatchObject({
      field: 'trainingEnrolmentId',
    });
  });

  it('pays job stabilisation (稳岗) once a year after a full year with the employer', () => {
    expect(decideCaregiverSubsidy(JOB_STABILISATION_SUBSIDY, employed, '2025-03-01')).toEqual({
      amountFen: RATES.jobStabilisationFen,
      occasion: 'year:2025',
    });
    expect(decideCaregiverSubsidy(JOB_STABILISATION_SUBSIDY, employed, '2025-02-28')).toMatchObject({
      field: 'personKey',
    });
  });

  it('pays an internship (见习) subsidy to a recent graduate placed with an institution', () => {
    expect(decideCaregiverSubsidy(INTERNSHIP_SUBSIDY, { ...employed, graduationYear: 2024 }, '2024-09-01')).toEqual({
      amountFen: RATES.internshipFen,
      occasion: 'once',
    });
    expect(
      decideCaregiverSubsidy(
        INTERNSHIP_SUBSIDY,
        { ...employed, graduationYear: 2024 - RATES.internshipWithinYears - 1 },
        '2024-09-01',
      ),
    ).toMatchObject({ field: 'personKey' });
    expect(
      decideCaregiverSubsidy(
        INTERNSHIP_SUBSIDY,
        { ...employed, employerCode: null, graduationYear: 2024 },
        '2024-09-01',
      ),
    ).toMatchObject({ field: 'personKey' });
  });
});
