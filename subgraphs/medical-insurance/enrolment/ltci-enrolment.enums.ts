import { registerEnumType } from 'type-graphql';

/** The two LTCI schemes (长期护理保险制度): employees' and urban-rural residents'. */
export enum LtciScheme {
  EMPLOYEE = 'EMPLOYEE',
  URBAN_RURAL_RESIDENT = 'URBAN_RURAL_RESIDENT',
}

registerEnumType(LtciScheme, {
  name: 'LtciScheme',
  description: 'Scheme under which a person is insured for long-term care.',
  valuesConfig: {
    EMPLOYEE: { description: '职工长期护理保险: employees’ scheme, with the employees’ basic medical insurance.' },
    URBAN_RURAL_RESIDENT: {
      description: '城乡居民长期护理保险: urban-rural residents’ scheme (measure 16: full coverage by end-2025).',
    },
  },
});

/** Where an enrolment stands. */
export enum LtciEnrolmentStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}

registerEnumType(LtciEnrolmentStatus, {
  name: 'LtciEnrolmentStatus',
  description: 'Status of an LTCI enrolment.',
  valuesConfig: {
    ACTIVE: { description: '参保缴费: insured; benefits can be settled.' },
    SUSPENDED: { description: '暂停: contributions interrupted; no benefits until resumed.' },
    ENDED: { description: '终止: no longer insured (moved away, died, switched scheme by a new enrolment).' },
  },
});
