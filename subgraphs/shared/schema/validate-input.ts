import type { ValidatorFn } from 'type-graphql';
import { checkRecordIds } from '../validation/record-id';

/** An input class that checks itself (ranges, formats, dates in order) before any resolver runs. */
export interface SelfValidating {
  validate(): void;
}

function isSelfValidating(value: unknown): value is SelfValidating {
  return typeof value === 'object' && value !== null && typeof (value as SelfValidating).validate === 'function';
}

/**
 * type-graphql's hook for arguments: the field's record numbers are checked (whichever argument
 * holds them), then each input validates itself; both throw `BadUserInputError`.
 */
export const validateInput: ValidatorFn = (argValue, _argType, { info, args }) => {
  const field = info.parentType.getFields()[info.fieldName];
  if (field) checkRecordIds(field, args);
  const values = Array.isArray(argValue) ? argValue : [argValue];
  for (const value of values) if (isSelfValidating(value)) value.validate();
};
