import {
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError } from '../errors/errors';

/**
 * The header a department system sends with a write it may retry (IETF draft-ietf-httpapi-idempotency-key-header,
 * as Stripe and others use it). One header for the whole graph: every mutation takes it without a new argument.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** How long a key holds its write: a retry later than this is a new write. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** Keys a caller may choose: a UUID fits; anything longer or with other characters is a mistake, not a key. */
const KEY_FORMAT = /^[A-Za-z0-9._:~-]{8,128}$/;

/**
 * The key a request carries, or undefined when it carries none. The draft standard sends the key as a
 * structured-field string (`"…"`); bare keys (Stripe's form) are taken too. A malformed key is the
 * caller's mistake: refused rather than ignored, so a system never believes a write is protected when it is not.
 */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const key = /^"(.*)"$/.exec(header)?.[1] ?? header;
  if (!KEY_FORMAT.test(key))
    throw new BadUserInputError(
      'Idempotency-Key',
      'must be 8 to 128 letters, digits or . _ : ~ - (a UUID is a good key), sent once',
    );
  return key;
}

/**
 * Refuses a key on an operation with more than one mutation field: one key names one write, and
 * scoping it per field would let two aliases of one mutation with equal input count as one write.
 */
export function requireSingleMutation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
): void {
  if (operation.operation !== OperationTypeNode.MUTATION) return;
  if (rootFieldCount(operation.selectionSet, fragments) > 1)
    throw new BadUserInputError(
      'Idempotency-Key',
      'names one write: send one mutation field per request when you send a key',
    );
}

function rootFieldCount(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(selection.selectionSet, fragments);
    else {
      const fragment = fragments[selection.name.value];
      if (fragment) count += rootFieldCount(fragment.selectionSet, fragments);
    }
  }
  return count;
}
