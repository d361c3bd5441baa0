import { registerEnumType } from 'type-graphql';

/** Why a home sickbed was closed (撤床); the five-bed journey follows it. */
export enum HomeSickbedCloseReason {
  RECOVERED = 'RECOVERED',
  HOSPITAL = 'HOSPITAL',
  HOSPICE = 'HOSPICE',
  ELDER_CARE_INSTITUTION = 'ELDER_CARE_INSTITUTION',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}

registerEnumType(HomeSickbedCloseReason, {
  name: 'HomeSickbedCloseReason',
  description: 'Why a home sickbed (家庭病床) was closed (撤床).',
  valuesConfig: {
    RECOVERED: { description: 'Treatment goals reached; no further care at home needed.' },
    HOSPITAL: { description: 'Admitted to hospital (医疗床位).' },
    HOSPICE: { description: 'Moved to hospice care (安宁疗护).' },
    ELDER_CARE_INSTITUTION: { description: 'Moved into an elder-care institution (养老床位).' },
    DECEASED: { description: 'Died.' },
    OTHER: { description: 'Any other reason.' },
  },
});
