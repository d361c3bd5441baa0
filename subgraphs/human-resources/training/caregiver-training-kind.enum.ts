import { registerEnumType } from 'type-graphql';

/** Kinds of training programme the bureau runs or funds for elder-care workers. */
export enum CaregiverTrainingKind {
  INDUCTION = 'INDUCTION',
  SKILLS = 'SKILLS',
  LONG_TERM_CARER = 'LONG_TERM_CARER',
}

registerEnumType(CaregiverTrainingKind, {
  name: 'CaregiverTrainingKind',
  description: 'Kind of training programme for elder-care workers.',
  valuesConfig: {
    INDUCTION: { description: '入职培训 induction training for newly employed caregivers.' },
    SKILLS: { description: '技能提升培训 skills training towards a higher skill level.' },
    LONG_TERM_CARER: { description: '长期照护师培训 training of long-term carers.' },
  },
});
