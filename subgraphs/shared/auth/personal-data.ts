import type { MiddlewareFn } from 'type-graphql';
import type { SubgraphContext } from '../context/context';
import { SCOPES } from './caller';

/** Masks a personal-information field (PIPL) for every caller without the personal-data scope. */
export function PersonalData(mask: (value: string) => string): MiddlewareFn<SubgraphContext<unknown>> {
  return async ({ context }, next) => {
    const value: unknown = await next();
    if (typeof value !== 'string' || context.caller?.scopes.has(SCOPES.personalData)) return value;
    return mask(value);
  };
}
