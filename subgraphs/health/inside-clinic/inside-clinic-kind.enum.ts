import { registerEnumType } from 'type-graphql';

/** Forms of a medical facility set up inside an elder-care institution (养老机构内设医疗机构). */
export enum InsideClinicKind {
  OUTPATIENT_DEPARTMENT = 'OUTPATIENT_DEPARTMENT',
  INFIRMARY = 'INFIRMARY',
  NURSING_STATION = 'NURSING_STATION',
  CLINIC = 'CLINIC',
}

registerEnumType(InsideClinicKind, {
  name: 'InsideClinicKind',
  description: 'Form of a medical facility inside an elder-care institution (内设医疗机构).',
  valuesConfig: {
    OUTPATIENT_DEPARTMENT: { description: 'Outpatient department (门诊部).' },
    INFIRMARY: { description: 'Infirmary (医务室).' },
    NURSING_STATION: { description: 'Nursing station (护理站).' },
    CLINIC: { description: 'Clinic (诊所).' },
  },
});
