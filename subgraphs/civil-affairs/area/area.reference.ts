import type { CivilAffairsContext } from '../context';
import type { Area } from './area.entity';

export const areaReference = {
  Area: {
    __resolveReference: (reference: Pick<Area, 'code'>, { loaders }: CivilAffairsContext) =>
      loaders.areaByCode.load(reference.code),
  },
};
