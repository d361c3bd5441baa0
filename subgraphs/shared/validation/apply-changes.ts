import { BadUserInputError } from '../errors/errors';

/**
 * Copies the fields a correction gives onto a record. Omitted fields stay; an explicit null is
 * accepted only for the fields that may be empty, so a form cannot blank out a required value.
 */
export function applyChanges<T extends object>(
  record: T,
  changes: Partial<Record<keyof T, unknown>>,
  nullable: ReadonlyArray<keyof T>,
): void {
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null && !nullable.includes(name as keyof T)) throw new BadUserInputError(name, 'must not be empty');
    Object.assign(record, { [name]: value });
  }
}
