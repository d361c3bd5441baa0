import { registerEnumType } from 'type-graphql';

/** Where a patient went on leaving a hospital bed; the five-bed journey follows it. */
export enum HospitalDischargeDestination {
  HOME = 'HOME',
  HOME_SICKBED = 'HOME_SICKBED',
  FAMILY_BED = 'FAMILY_BED',
  ELDER_CARE_INSTITUTION = 'ELDER_CARE_INSTITUTION',
  HOSPICE = 'HOSPICE',
  OTHER_HOSPITAL = 'OTHER_HOSPITAL',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}

registerEnumType(HospitalDischargeDestination, {
  name: 'HospitalDischargeDestination',
  description: 'Where a patient went on discharge from a medical bed (出院去向).',
  valuesConfig: {
    HOME: { description: 'Home, without a bed service.' },
    HOME_SICKBED: { description: 'Home, to a home sickbed (家庭病床).' },
    FAMILY_BED: { description: 'Home, to a family elder-care bed (家庭养老床位).' },
    ELDER_CARE_INSTITUTION: { description: 'An elder-care institution bed (养老床位).' },
    HOSPICE: { description: 'Hospice care (安宁疗护).' },
    OTHER_HOSPITAL: { description: 'Transferred to another hospital (转院).' },
    DECEASED: { description: 'Died in hospital.' },
    OTHER: { description: 'Any other destination.' },
  },
});
