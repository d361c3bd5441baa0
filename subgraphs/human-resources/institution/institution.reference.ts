import type { Institution } from './institution.stub';

/** The gateway comes here for the fields HR adds to an institution; the key is all HR needs. */
export const institutionReference = {
  Institution: {
    __resolveReference: (reference: Pick<Institution, 'code'>): Pick<Institution, 'code'> => ({ code: reference.code }),
  },
};
