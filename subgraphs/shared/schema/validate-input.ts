import type { ValidatorFn } from 'type-graphql';
import { checkIdNumbersMaySend } from '../auth/id-number-arguments';
import type { SubgraphContext } from '../context/context';
import { checkRecordIds } from '../validation/record-id';

/** An input class that checks itself (ranges, formats, dates in order) before any resolver runs. */
export interface SelfValidating {
  validate(): void;
}

function isSelfValidating(value: unknown): value is SelfValidating {
  return typeof value === 'object' && value !== null && typeof (value as SelfValidating).validate === 'function';
}

/**
 * type-graphql's hook for arguments, run before the resolver: an ID number among them must be one
 * the caller may send (`FORBIDDEN` otherwise, before the number is even parsed); then the field's
 * record numbers are checked (whichever argument holds them) and each input validates itself, both
 * with `BadUserInputError`.
 */
export const validateInput: ValidatorFn = (argValue, _argType, { info, args, context }) => {
  const field = info.parentType.getFields()[info.fieldName];
  if (field) {
    checkIdNumbersMaySend(field, args, (context as SubgraphContext<unknown>).caller);
    checkRecordIds(field, args);
  }
  const values = Array.isArray(argValue) ? argValue : [argValue];
  for (const value of values) if (isSelfValidating(value)) value.validate();
};
