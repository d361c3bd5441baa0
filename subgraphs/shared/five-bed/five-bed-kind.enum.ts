import { registerEnumType } from 'type-graphql';

/**
 * The five kinds of bed of the five-bed linkage pilot (五床联动), in the order every list of the
 * pilot uses: civil affairs keeps the first two, health the other three. One definition, so the
 * GraphQL enum is the same in every subgraph that names it.
 */
export enum FiveBedKind {
  ELDER_CARE_BED = 'ELDER_CARE_BED',
  FAMILY_ELDER_CARE_BED = 'FAMILY_ELDER_CARE_BED',
  MEDICAL_BED = 'MEDICAL_BED',
  HOME_SICKBED = 'HOME_SICKBED',
  HOSPICE_BED = 'HOSPICE_BED',
}

/** The kinds in enum order: the order of `beds` and of the transfer matrix. */
export const FIVE_BED_KINDS: readonly FiveBedKind[] = Object.values(FiveBedKind);

/** Position of a kind in enum order, for sorting. */
export function fiveBedKindOrder(kind: FiveBedKind): number {
  return FIVE_BED_KINDS.indexOf(kind);
}

registerEnumType(FiveBedKind, {
  name: 'FiveBedKind',
  description: 'One of the five beds of the five-bed linkage pilot (五床联动).',
  valuesConfig: {
    ELDER_CARE_BED: { description: '养老床位: a bed in an elder-care institution (civil affairs: institution stays).' },
    FAMILY_ELDER_CARE_BED: {
      description:
        '家庭养老床位: a family elder-care bed at the elder’s home, served by an institution (civil affairs).',
    },
    MEDICAL_BED: { description: '医疗床位: a hospital bed (health: hospital stays).' },
    HOME_SICKBED: { description: '家庭病床: a home sickbed opened by a medical institution (health).' },
    HOSPICE_BED: { description: '安宁疗护床位: a hospice bed (health: hospice stays).' },
  },
});
