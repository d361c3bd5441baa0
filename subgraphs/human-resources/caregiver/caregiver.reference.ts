import type { HumanResourcesContext } from '../context';
import type { Caregiver } from './caregiver.entity';

/** Civil affairs' care assignments name a caregiver by person key; the gateway comes here for the rest. */
export const caregiverReference = {
  Caregiver: {
    __resolveReference: (reference: Pick<Caregiver, 'personKey'>, { loaders }: HumanResourcesContext) =>
      loaders.caregiverByKey.load(reference.personKey),
  },
};
