import type { MiddlewareFn } from 'type-graphql';
import type { SubgraphContext } from '../context/context';
import { SCOPES } from './caller';

/** How a personal-information field is masked for display, e.g. `maskName`. */
export type Mask = (value: string) => string;

const masks = new WeakMap<MiddlewareFn<SubgraphContext<unknown>>, Mask>();

/** A personal-information value as this caller may see it: masked without the personal-data scope. */
export function maskedFor(context: SubgraphContext<unknown>, value: unknown, mask: Mask): unknown {
  if (typeof value !== 'string' || context.caller?.scopes.has(SCOPES.personalData)) return value;
  return mask(value);
}

/** Masks a personal-information field (PIPL) for every caller without the personal-data scope. */
export function PersonalData(mask: Mask): MiddlewareFn<SubgraphContext<unknown>> {
  const middleware: MiddlewareFn<SubgraphContext<unknown>> = async ({ context }, next) =>
    maskedFor(context, await next(), mask);
  masks.set(middleware, mask);
  return middleware;
}

/**
 * The mask of a `PersonalData` middleware, or undefined for any other middleware: the schema builder
 * applies it in a field's synchronous resolver (schema/direct-resolvers.ts) instead of awaiting it.
 */
export function maskOf(middleware: unknown): Mask | undefined {
  return typeof middleware === 'function' ? masks.get(middleware as MiddlewareFn<SubgraphContext<unknown>>) : undefined;
}
