import type { CivilAffairsContext } from '../context';
import { withRequiredFields } from '../five-bed/elder-five-bed.resolver';
import type { Elder } from './elder.entity';

export const elderReference = {
  Elder: {
    // Fields other departments hand over through `@requires` (the five-bed journey) stay on the elder.
    __resolveReference: async (
      reference: Pick<Elder, 'personKey'> & Record<string, unknown>,
      { loaders }: CivilAffairsContext,
    ) => withRequiredFields(await loaders.elderByKey.load(reference.personKey), reference),
  },
};
