import { GraphQLError } from 'graphql';

/**
 * An evaluated indicator is an entity only so civil affairs can add its records (keyed on the joint
 * meeting's reading of it); the joint meeting evaluates it from the departments' figures handed over
 * with its area, which a key alone lacks.
 */
export const indicatorValueReference = {
  IndicatorValue: {
    __resolveReference: (): never => {
      throw new GraphQLError('an evaluated indicator is reached through indicatorAreas, not by its key');
    },
  },
};
