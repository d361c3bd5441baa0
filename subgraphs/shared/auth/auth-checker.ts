import type { AuthChecker } from 'type-graphql';
import type { SubgraphContext } from '../context/context';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import type { Caller } from './caller';
import type { AccessPolicy, AccessRule } from './access-policy';

/**
 * Whether a caller satisfies a rule of the given department's policy, in a request the gateway
 * signed (`composedByGateway`) or not.
 */
export function allows(
  caller: Caller,
  rule: AccessRule,
  owner: AccessPolicy['owner'],
  composedByGateway: boolean,
): boolean {
  if (rule.composition && composedByGateway) return true;
  if (rule.scope && !caller.scopes.has(rule.scope)) return false;
  if (caller.role === 'department-system') {
    return (
      (rule.owner !== false && caller.department === owner) ||
      rule.departments === 'all' ||
      (rule.departments ?? []).includes(caller.department!)
    );
  }
  return (rule.roles ?? []).includes(caller.role);
}

const COMPOSITION_ONLY =
  'not permitted for this caller: this field is read by the gateway to compose another department’s field, or by callers entitled to the records it is drawn from';

/**
 * The check of `@Authorized(ruleName)`: the caller must satisfy one of the named rules of the
 * subgraph's policy, else it throws. Allowed reads under person-level rules are collected for the
 * audit trail. Synchronous, so that a plain property need not become a promise to be checked; it
 * allocates nothing when the caller is allowed, as it runs for every value of a large answer.
 */
export function authorizeField(
  root: unknown,
  context: SubgraphContext<unknown>,
  fieldName: string,
  ruleNames: readonly string[],
): void {
  const { caller, policy, composedByGateway } = context;
  if (!caller) throw new UnauthenticatedError();
  let granted: AccessRule | undefined;
  for (const name of ruleNames) {
    const rule = policy.rules[name];
    if (!rule) throw new Error(`access rule "${name}" is not in the ${policy.owner} policy`);
    if (allows(caller, rule, policy.owner, composedByGateway)) {
      granted = rule;
      break;
    }
  }
  if (!granted)
    throw ruleNames.some((name) => policy.rules[name].composition)
      ? new ForbiddenError(COMPOSITION_ONLY)
      : new ForbiddenError();
  // The gateway composing reads for a department's own field, which is audited where it is answered.
  const composing = granted.composition && composedByGateway;
  if (granted.personLevel && !composing) context.audit.noteRead(root, fieldName);
}

/** type-graphql's auth checker: `authorizeField`, for the fields type-graphql resolves itself. */
export const policyAuthChecker: AuthChecker<SubgraphContext<unknown>> = ({ root, context, info }, ruleNames) => {
  authorizeField(root, context, info.fieldName, ruleNames);
  return true;
};
