import type { HumanResourcesContext } from '../context';
import type { CaregiverSubsidy } from './subsidy.entity';

/** Finance's disbursements may point at the subsidy they pay; the gateway comes here for it. */
export const subsidyReference = {
  CaregiverSubsidy: {
    __resolveReference: (
      reference: { id: string | number },
      { loaders }: HumanResourcesContext,
    ): Promise<CaregiverSubsidy | null> => loaders.subsidyById.load(Number(reference.id)),
  },
};
