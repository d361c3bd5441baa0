import { registerEnumType } from 'type-graphql';

export enum InstitutionOwnership {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  PUBLIC_BUILT_PRIVATE_RUN = 'PUBLIC_BUILT_PRIVATE_RUN',
}

registerEnumType(InstitutionOwnership, {
  name: 'InstitutionOwnership',
  description: 'Who owns and runs an elder-care institution.',
  valuesConfig: {
    PUBLIC: { description: '公办 publicly owned and run (has a wait-list with priority rules).' },
    PRIVATE: { description: '民办 privately owned and run.' },
    PUBLIC_BUILT_PRIVATE_RUN: {
      description: '公建民营 publicly built, privately run (also admits by the public wait-list).',
    },
  },
});

/** Public and publicly built institutions admit through the wait-list (入住评估轮候). */
export function admitsByWaitlist(ownership: InstitutionOwnership): boolean {
  return ownership !== InstitutionOwnership.PRIVATE;
}
