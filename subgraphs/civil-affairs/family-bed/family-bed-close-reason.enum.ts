import { registerEnumType } from 'type-graphql';

/** Why a family bed stopped being served; the five-bed journey follows it like a discharge. */
export enum FamilyBedCloseReason {
  INSTITUTION = 'INSTITUTION',
  HOSPITAL = 'HOSPITAL',
  HOSPICE = 'HOSPICE',
  DECEASED = 'DECEASED',
  OPERATOR_CHANGED = 'OPERATOR_CHANGED',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  OTHER = 'OTHER',
}

registerEnumType(FamilyBedCloseReason, {
  name: 'FamilyBedCloseReason',
  description: 'Why a family elder-care bed was closed.',
  valuesConfig: {
    INSTITUTION: { description: 'Moved into an elder-care institution (养老床位).' },
    HOSPITAL: { description: 'Admitted to hospital (医疗床位).' },
    HOSPICE: { description: 'Moved to hospice care (安宁疗护).' },
    DECEASED: { description: 'Died.' },
    OPERATOR_CHANGED: { description: 'Served by another institution from now on (a new family bed is opened).' },
    NO_LONGER_NEEDED: { description: 'The elder or family no longer wants the service.' },
    OTHER: { description: 'Any other reason.' },
  },
});
