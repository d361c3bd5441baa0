import { registerEnumType } from 'type-graphql';

/** What kind of record stands behind an indicator's figure: the joint meeting's catalogue names it, the owning department lists the records. */
export enum IndicatorRecordKind {
  ELDER = 'ELDER',
  INSTITUTION = 'INSTITUTION',
  MEDICAL_INSTITUTION = 'MEDICAL_INSTITUTION',
  AREA = 'AREA',
  FACILITY = 'FACILITY',
  RESIDENTIAL_DEVELOPMENT = 'RESIDENTIAL_DEVELOPMENT',
}

registerEnumType(IndicatorRecordKind, {
  name: 'IndicatorRecordKind',
  description: 'What kind of record stands behind a figure.',
  valuesConfig: {
    ELDER: { description: 'An elder of the registry (person-level: civil affairs’ own casework only).' },
    INSTITUTION: { description: 'An elder-care institution (养老机构).' },
    MEDICAL_INSTITUTION: { description: 'A medical institution (医疗机构).' },
    AREA: { description: 'A district, town or street.' },
    FACILITY: { description: 'A community elder-care facility.' },
    RESIDENTIAL_DEVELOPMENT: {
      description: 'A new residential development and its supporting elder-care facility (配建).',
    },
  },
});
