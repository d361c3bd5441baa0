import { type AccessRule, definePolicy, forComposition } from '../shared/auth/access-policy';

/** Where and by whom an elder is cared for: institution stays, family beds, care assignments. */
const careRecords: AccessRule = { departments: ['health', 'medical-insurance', 'human-resources'], personLevel: true };

/**
 * Civil affairs' sharing table (数据共享): who may use which of its fields. Civil affairs' own system
 * is entitled to every rule except the audit trail's; the rules name the other callers. Fields
 * carry `@Authorized(civilAffairsPolicy.rule(...))` where they are defined.
 */
export const civilAffairsPolicy = definePolicy('civil-affairs', {
  /** Areas, institutions, beds, facilities and every count: records with no person in them. */
  publicRecords: { departments: 'all', roles: ['analyst', 'auditor', 'developer'] },
  /** Who an elder is (name, ID number, phone and address masked without the personal-data scope), age and service area. */
  elderIdentity: { departments: ['health', 'medical-insurance', 'human-resources', 'finance'], personLevel: true },
  /** Living situation, family-planning special family, economic status. */
  elderCircumstances: { departments: ['health', 'medical-insurance'], personLevel: true },
  /** Ability assessments (GB/T 42195). */
  abilityAssessments: { departments: ['health', 'medical-insurance'], personLevel: true },
  careRecords,
  /**
   * Civil affairs' contributions to the joint meeting's five-bed views (`@inaccessible`, for its
   * `@requires`): an elder's beds, pseudonymous episodes whose link keys join one person's beds, and
   * the bed counts behind `beds`, exact however small. For the gateway composing those views, or read
   * directly (and audited) by those entitled to the care records they come from.
   */
  linkageContributions: forComposition(careRecords),
  /** Allowances paid to an elder. */
  allowances: { departments: ['finance'], personLevel: true },
  /**
   * Civil affairs' counts for an area on a day (`AreaOnDate`, `@inaccessible`), exact however small:
   * for the gateway composing the joint meeting's indicators (which withhold small cells), or read
   * directly by those entitled to elders' circumstances. No person in them: not audited.
   */
  indicatorInputs: forComposition({ departments: ['health', 'medical-insurance'] }),
  /** Civil affairs' own casework: the wait-list and monthly visits. */
  casework: { personLevel: true },
  /** Records' identifiers in civil affairs' own systems (来源系统编号): for those systems alone. */
  sourceRefs: {},
  /** Every civil-affairs record is written by civil affairs' own system, with the write scope. */
  write: { scope: 'write' },
});

export const can = civilAffairsPolicy.rule;
