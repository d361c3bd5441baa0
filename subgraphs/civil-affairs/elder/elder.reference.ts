import type { CivilAffairsContext } from '../context';
import type { Elder } from './elder.entity';

export const elderReference = {
  Elder: {
    __resolveReference: (reference: Pick<Elder, 'personKey'>, { loaders }: CivilAffairsContext) =>
      loaders.elderByKey.load(reference.personKey),
  },
};
