import { definePolicy } from '../shared/auth/access-policy';

/**
 * Finance's sharing table (数据共享): who may use which of its fields. Finance's own system is
 * entitled to every rule except the audit trail's; the rules name the other callers. Fields carry
 * `@Authorized(can(...))` where they are defined.
 */
export const financePolicy = definePolicy('finance', {
  /** Funds, allocations, the elder-care share and every per-area figure: public money, no person in it. */
  publicRecords: { departments: 'all', roles: ['analyst', 'auditor', 'developer'] },
  /** Disbursements (amount, date, purpose, decision, institution or programme paid): for department systems, not analysts. */
  disbursements: { departments: 'all' },
  /** Which elder or caregiver a disbursement paid, and a person's payments: civil affairs (elders) and HR (caregivers). */
  personPayments: { departments: ['civil-affairs', 'human-resources'], personLevel: true },
  /** Records' identifiers in finance's own systems (来源系统编号): for those systems alone. */
  sourceRefs: {},
  /** Every finance record is written by finance's own system, with the write scope. */
  write: { scope: 'write' },
});

export const can = financePolicy.rule;
