import { type AccessRule, definePolicy, forComposition } from '../shared/auth/access-policy';

/** Who a caregiver is by name (masked without the personal-data scope), role and employer: also finance, which pays their awards. */
const caregiverIdentity: AccessRule = {
  departments: ['civil-affairs', 'health', 'medical-insurance', 'finance'],
  personLevel: true,
};

/**
 * Human resources' sharing table (数据共享): who may use which of its fields. The bureau's own
 * system is entitled to every rule except the audit trail's; the rules name the other callers.
 * Fields carry `@Authorized(can(...))` where they are defined.
 */
export const humanResourcesPolicy = definePolicy('human-resources', {
  /** Training programmes, the training goal, and the counts and shares of today (certified share, certified caregivers, social workers, trainees). */
  publicRecords: { departments: 'all', roles: ['analyst', 'auditor', 'developer'] },
  caregiverIdentity,
  /**
   * Per-area counts of care staff on a day (`AreaOnDate`, `@inaccessible`), exact however small: for
   * the gateway composing the joint meeting's indicators (which withhold small cells), or read
   * directly by those entitled to who the caregivers are. No person in them: not audited.
   */
  indicatorInputs: forComposition({ ...caregiverIdentity, personLevel: false }),
  /**
   * A caregiver's ID number, phone, birth date, education and certificates: civil affairs
   * (employers and care assignments), health and medical insurance (the carers of their patients
   * and insured elders).
   */
  caregiverRecords: { departments: ['civil-affairs', 'health', 'medical-insurance'], personLevel: true },
  /** Who enrolled in and completed which training: the bureau's own casework. */
  trainingRecords: { personLevel: true },
  /** Subsidies decided for caregivers: finance pays them. */
  subsidies: { departments: ['finance'], personLevel: true },
  /** Records' identifiers in human resources' own systems (来源系统编号): for those systems alone. */
  sourceRefs: {},
  /** Every human-resources record is written by the bureau's own system, with the write scope. */
  write: { scope: 'write' },
});

export const can = humanResourcesPolicy.rule;
