import { definePolicy } from '../shared/auth/access-policy';

/**
 * The health commission's sharing table (数据共享): who may use which of its fields. Health's own
 * system is entitled to every rule except the audit trail's; the rules name the other callers.
 */
export const healthPolicy = definePolicy('health', {
  /** Medical institutions, cooperation agreements, inside clinics and every per-area figure: records with no person in them. */
  publicRecords: { departments: 'all', roles: ['analyst', 'auditor', 'developer'] },
  /**
   * An elder's hospital stays, home sickbeds and hospice stays: shared with the partners of the
   * five-bed pilot (civil affairs leads it, medical insurance pays for the care), not with finance or HR.
   */
  patientRecords: { departments: ['civil-affairs', 'medical-insurance'], personLevel: true },
  /** Every health record is written by the health commission's own system, with the write scope. */
  write: { scope: 'write' },
});

export const can = healthPolicy.rule;
