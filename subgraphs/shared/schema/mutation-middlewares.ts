import { getMetadataStorage, UseMiddleware } from 'type-graphql';
import { markMutations } from '../audit/write-audit';
import { idempotentMutations } from '../idempotency/idempotent-mutations';

const equipped = new WeakMap<object, Set<string>>();

/**
 * Puts the write audit's scope and the idempotency check on every mutation of every resolver class
 * type-graphql knows, once each, before a schema is built (type-graphql runs a field's authorisation
 * before its middlewares, so both still come after the caller's check). As global middlewares they
 * also wrapped every field of every read in an async dispatch, each value a promise: the largest
 * per-field cost of a large answer (issue 18).
 */
export function equipMutations(): void {
  for (const { target, methodName } of getMetadataStorage().mutations) {
    const names = equipped.get(target) ?? new Set<string>();
    equipped.set(target, names);
    if (names.has(methodName)) continue;
    names.add(methodName);
    UseMiddleware(markMutations, idempotentMutations)(target.prototype as object, methodName);
  }
}
