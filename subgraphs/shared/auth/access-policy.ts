import type { Department } from '../departments';
import type { Role, Scope } from './caller';

/**
 * One access rule: which department systems (besides the owning department's, always allowed)
 * and which other roles may use a field, and the scope it needs. Person-level rules are audited.
 */
export interface AccessRule {
  departments?: readonly Department[] | 'all';
  /** False where even the owning department's system is not entitled (the audit trail is for auditors). */
  owner?: boolean;
  roles?: ReadonlyArray<Exclude<Role, 'department-system'>>;
  scope?: Scope;
  personLevel?: boolean;
  /**
   * A field that exists only for another department's `@requires` (and is `@inaccessible`, so no
   * client of the gateway can select it): it answers any authenticated caller when the gateway signed
   * the request (it is composing a field the caller was allowed), and otherwise only the callers the
   * rest of the rule names — those entitled to read the records it is drawn from directly.
   */
  composition?: boolean;
}

/**
 * The rule of a composition-only field: for the gateway composing, or for whoever may read the
 * underlying records (`direct`, another rule of the same table) straight from the subgraph.
 */
export function forComposition(direct: AccessRule): AccessRule {
  return { ...direct, composition: true };
}

/** A department's sharing table: the rules its fields name in `@Authorized(...)`. */
export interface AccessPolicy<Name extends string = string> {
  owner: Department;
  rules: Readonly<Record<Name, AccessRule>>;
  /** The rule name to put in `@Authorized(...)`, checked against the table at compile time. */
  rule(this: void, name: Name): string;
}

/**
 * Rules every department has: its audit trail is read by auditors holding the audit scope; its change
 * feed by its own system, to keep in step, and by auditors. The feed names person keys (elders,
 * caregivers), so it is person-level: audited, and not for analysts, who see aggregates.
 */
export const COMMON_RULES = {
  readAudit: { roles: ['auditor'], scope: 'audit', owner: false },
  readChanges: { roles: ['auditor'], personLevel: true },
} as const satisfies Record<string, AccessRule>;

export function definePolicy<Name extends string>(
  owner: Department,
  rules: Record<Name, AccessRule>,
): AccessPolicy<Name | keyof typeof COMMON_RULES> {
  return { owner, rules: { ...COMMON_RULES, ...rules }, rule: (name) => name };
}
