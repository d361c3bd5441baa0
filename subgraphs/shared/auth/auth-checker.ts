import type { AuthChecker, ResolverData } from 'type-graphql';
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
 * audit trail. Synchronous, so that a plain property need not become a promise to be checked.
 */
export function authorize(
  { root, context, info }: Pick<ResolverData<SubgraphContext<unknown>>, 'root' | 'context' | 'info'>,
  ruleNames: string[],
): void {
  if (!context.caller) throw new UnauthenticatedError();
  const rules = ruleNames.map((name) => {
    const rule = context.policy.rules[name];
    if (!rule) throw new Error(`access rule "${name}" is not in the ${context.policy.owner} policy`);
    return rule;
  });
  const granted = rules.find((rule) => allows(context.caller!, rule, context.policy.owner, context.composedByGateway));
  if (!granted)
    throw rules.some((rule) => rule.composition) ? new ForbiddenError(COMPOSITION_ONLY) : new ForbiddenError();
  // The gateway composing reads for a department's own field, which is audited where it is answered.
  const composing = granted.composition && context.composedByGateway;
  if (granted.personLevel && !composing) context.audit.noteRead(root, info.fieldName);
}

/** type-graphql's auth checker: `authorize`, for the fields type-graphql resolves itself. */
export const policyAuthChecker: AuthChecker<SubgraphContext<unknown>> = (data, ruleNames) => {
  authorize(data, ruleNames);
  return true;
};
