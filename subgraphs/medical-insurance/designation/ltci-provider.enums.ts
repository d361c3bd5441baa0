import { registerEnumType } from 'type-graphql';

/** Which kind of provider a designation is for: the department owning the provider's record. */
export enum LtciProviderKind {
  ELDER_CARE_INSTITUTION = 'ELDER_CARE_INSTITUTION',
  MEDICAL_INSTITUTION = 'MEDICAL_INSTITUTION',
}

registerEnumType(LtciProviderKind, {
  name: 'LtciProviderKind',
  description: 'Kind of LTCI-designated provider (定点护理服务机构).',
  valuesConfig: {
    ELDER_CARE_INSTITUTION: {
      description: '养老机构: an elder-care institution registered with civil affairs (`Institution`).',
    },
    MEDICAL_INSTITUTION: {
      description: '医疗机构: a medical institution registered with the health commission (`MedicalInstitution`).',
    },
  },
});

/** The provider level the rate table is keyed by, recorded in the designation agreement (定点协议). */
export enum LtciProviderLevel {
  ELDER_CARE = 'ELDER_CARE',
  MEDICAL_PRIMARY = 'MEDICAL_PRIMARY',
  MEDICAL_SECONDARY = 'MEDICAL_SECONDARY',
  MEDICAL_TERTIARY = 'MEDICAL_TERTIARY',
}

/** The levels a provider of each kind may be designated at. */
export const LEVELS_OF_KIND: Record<LtciProviderKind, LtciProviderLevel[]> = {
  [LtciProviderKind.ELDER_CARE_INSTITUTION]: [LtciProviderLevel.ELDER_CARE],
  [LtciProviderKind.MEDICAL_INSTITUTION]: [
    LtciProviderLevel.MEDICAL_PRIMARY,
    LtciProviderLevel.MEDICAL_SECONDARY,
    LtciProviderLevel.MEDICAL_TERTIARY,
  ],
};

registerEnumType(LtciProviderLevel, {
  name: 'LtciProviderLevel',
  description: 'Level of a designated provider in the LTCI rate table.',
  valuesConfig: {
    ELDER_CARE: { description: '养老机构: elder-care institution (any star rating).' },
    MEDICAL_PRIMARY: {
      description:
        '一级及以下医疗机构: first-level hospitals, nursing homes (护理院), township and community health centres.',
    },
    MEDICAL_SECONDARY: { description: '二级医疗机构: second-level hospital.' },
    MEDICAL_TERTIARY: { description: '三级医疗机构: third-level hospital.' },
  },
});
