import { registerEnumType } from 'type-graphql';

/** Where a resident went on leaving an institutional bed; the five-bed journey follows it. */
export enum DischargeReason {
  HOME = 'HOME',
  HOSPITAL = 'HOSPITAL',
  OTHER_INSTITUTION = 'OTHER_INSTITUTION',
  HOSPICE = 'HOSPICE',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}

registerEnumType(DischargeReason, {
  name: 'DischargeReason',
  description: 'Why a resident left an institutional bed.',
  valuesConfig: {
    HOME: { description: 'Returned home (possibly to a family elder-care bed or home sickbed).' },
    HOSPITAL: { description: 'Admitted to hospital (医疗床位).' },
    OTHER_INSTITUTION: { description: 'Moved to another elder-care institution.' },
    HOSPICE: { description: 'Moved to hospice care (安宁疗护).' },
    DECEASED: { description: 'Died.' },
    OTHER: { description: 'Any other reason.' },
  },
});
