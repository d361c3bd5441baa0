import type { ValidatorFn } from 'type-graphql';

/** An input class that checks itself (ranges, formats, dates in order) before any resolver runs. */
export interface SelfValidating {
  validate(): void;
}

function isSelfValidating(value: unknown): value is SelfValidating {
  return typeof value === 'object' && value !== null && typeof (value as SelfValidating).validate === 'function';
}

/** type-graphql's hook for arguments: each input validates itself and throws `BadUserInputError`. */
export const validateInput: ValidatorFn = (argValue) => {
  const values = Array.isArray(argValue) ? argValue : [argValue];
  for (const value of values) if (isSelfValidating(value)) value.validate();
};
