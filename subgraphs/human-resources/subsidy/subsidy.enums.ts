import { registerEnumType } from 'type-graphql';

/** Subsidies the bureau decides for elder-care workers; finance pays them. */
export enum CaregiverSubsidyKind {
  GRADUATE_HIRING_AWARD = 'GRADUATE_HIRING_AWARD',
  CERTIFIED_CAREGIVER_HIRING_AWARD = 'CERTIFIED_CAREGIVER_HIRING_AWARD',
  TRAINING_SUBSIDY = 'TRAINING_SUBSIDY',
  JOB_STABILISATION_SUBSIDY = 'JOB_STABILISATION_SUBSIDY',
  INTERNSHIP_SUBSIDY = 'INTERNSHIP_SUBSIDY',
}

export enum CaregiverSubsidyStatus {
  DECIDED = 'DECIDED',
  PAID = 'PAID',
}

registerEnumType(CaregiverSubsidyKind, {
  name: 'CaregiverSubsidyKind',
  description: 'Kind of subsidy decided by human resources for an elder-care worker.',
  valuesConfig: {
    GRADUATE_HIRING_AWARD: {
      description:
        '一次性入职奖补 (高校毕业生): one-time hiring award for a recent graduate employed by an elder-care institution; once per person.',
    },
    CERTIFIED_CAREGIVER_HIRING_AWARD: {
      description:
        '一次性入职奖补 (持证养老护理员): one-time hiring award for a certified caregiver employed by an institution; once per person.',
    },
    TRAINING_SUBSIDY: {
      description: '培训补贴: for a completed training, by the programme’s kind; once per enrolment.',
    },
    JOB_STABILISATION_SUBSIDY: {
      description:
        '稳岗补贴: for a caregiver employed by the same institution at least a year; once per person and year.',
    },
    INTERNSHIP_SUBSIDY: {
      description: '见习补贴: for a recent graduate’s internship at an institution; once per person.',
    },
  },
});

registerEnumType(CaregiverSubsidyStatus, {
  name: 'CaregiverSubsidyStatus',
  description: 'Where a subsidy stands.',
  valuesConfig: {
    DECIDED: { description: 'Decided by human resources (审核通过), not yet paid.' },
    PAID: { description: 'Paid by finance; the payment reference names finance’s disbursement.' },
  },
});
