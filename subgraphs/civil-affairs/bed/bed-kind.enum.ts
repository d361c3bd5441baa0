import { registerEnumType } from 'type-graphql';

/** Kinds of institutional bed; indicator 3 is the nursing-type share. */
export enum BedKind {
  GENERAL = 'GENERAL',
  NURSING = 'NURSING',
  COGNITIVE_CARE = 'COGNITIVE_CARE',
}

/**
 * The kinds indicator 3 counts as nursing-type (护理型床位): beds serving disabled and demented elders
 * (失能、失智), so cognitive-impairment care beds are among them.
 */
export const NURSING_TYPE_BED_KINDS: readonly BedKind[] = [BedKind.NURSING, BedKind.COGNITIVE_CARE];

registerEnumType(BedKind, {
  name: 'BedKind',
  description: 'Kind of bed in an elder-care institution.',
  valuesConfig: {
    GENERAL: { description: '普通床位 general bed.' },
    NURSING: { description: '护理型床位 nursing-type bed (indicator 3: ≥60% by 2025).' },
    COGNITIVE_CARE: {
      description: '认知障碍照护床位 cognitive-impairment care bed (counted as nursing-type in indicator 3).',
    },
  },
});
