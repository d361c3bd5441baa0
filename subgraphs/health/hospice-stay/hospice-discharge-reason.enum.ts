import { registerEnumType } from 'type-graphql';

/** How a hospice stay ended. */
export enum HospiceDischargeReason {
  DECEASED = 'DECEASED',
  HOME = 'HOME',
  HOSPITAL = 'HOSPITAL',
  OTHER = 'OTHER',
}

registerEnumType(HospiceDischargeReason, {
  name: 'HospiceDischargeReason',
  description: 'How a hospice stay (安宁疗护) ended.',
  valuesConfig: {
    DECEASED: { description: 'The patient died (the usual end of hospice care).' },
    HOME: { description: 'Went home, by the patient’s or family’s wish.' },
    HOSPITAL: { description: 'Returned to curative treatment in a medical bed.' },
    OTHER: { description: 'Any other reason.' },
  },
});
