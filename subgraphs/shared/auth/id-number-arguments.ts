import type { GraphQLField } from 'graphql';
import { ForbiddenError } from '../errors/errors';
import { argumentPathsFinder, valuesAt } from '../schema/argument-paths';
import { type Caller, SCOPES } from './caller';

/** Arguments and input fields that carry a raw resident ID number are named `idNumber` (or `…IdNumber`). */
const ID_NUMBER_NAME = /^(idNumber|\w+IdNumber)$/;

const idNumberPaths = argumentPathsFinder((name, type) => type.name === 'String' && ID_NUMBER_NAME.test(name));

/**
 * A caller that may not see ID numbers may not send one, to any department: a lookup or a write by
 * number answers differently for a registered and an unregistered number, so it would confirm which
 * of the candidates a masked number leaves is the real one. Checked before any resolver runs, so a
 * refused write writes nothing; a person key is the way to name a person without the number.
 */
export function checkIdNumbersMaySend(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  caller: Caller | null,
): void {
  if (caller?.scopes.has(SCOPES.personalData)) return;
  if (idNumberPaths(field).some(({ path }) => valuesAt(args, path).length > 0))
    throw new ForbiddenError('an ID number may be given only by a caller with the personal-data scope');
}
