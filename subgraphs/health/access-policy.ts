import { type AccessRule, definePolicy, forComposition } from '../shared/auth/access-policy';

/**
 * An elder's hospital stays, home sickbeds and hospice stays: shared with the partners of the
 * five-bed pilot (civil affairs leads it, medical insurance pays for the care), not with finance or HR.
 */
const patientRecords: AccessRule = { departments: ['civil-affairs', 'medical-insurance'], personLevel: true };

/**
 * The health commission's sharing table (数据共享): who may use which of its fields. Health's own
 * system is entitled to every rule except the audit trail's; the rules name the other callers.
 */
export const healthPolicy = definePolicy('health', {
  /** Medical institutions, cooperation agreements, inside clinics and every per-area figure: records with no person in them. */
  publicRecords: { departments: 'all', roles: ['analyst', 'auditor', 'developer'] },
  patientRecords,
  /**
   * Health's contributions to the joint meeting's five-bed linkage (`@inaccessible`, for its `@requires`):
   * pseudonymous episodes whose link keys join one person's beds, and the bed counts behind `beds`,
   * exact however small. For the gateway composing those fields, or read directly (and audited) by
   * those entitled to the patient records they come from.
   */
  linkageContributions: forComposition(patientRecords),
  /** Records' identifiers in the health commission's own systems (来源系统编号, e.g. a hospital's 住院号): for those systems alone. */
  sourceRefs: {},
  /** Every health record is written by the health commission's own system, with the write scope. */
  write: { scope: 'write' },
});

export const can = healthPolicy.rule;
