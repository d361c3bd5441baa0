import type { Area } from './area.stub';

/** The gateway comes here for the counts HR adds to an area; the code is all HR needs. */
export const areaReference = {
  Area: {
    __resolveReference: (reference: Pick<Area, 'code'>): Pick<Area, 'code'> => ({ code: reference.code }),
  },
};
