import type { CivilAffairsContext } from '../context';
import type { Institution } from './institution.entity';

export const institutionReference = {
  Institution: {
    __resolveReference: (reference: Pick<Institution, 'code'>, { loaders }: CivilAffairsContext) =>
      loaders.institutionByCode.load(reference.code),
  },
};
