import { definePolicy, forComposition } from '../shared/auth/access-policy';

/**
 * The joint meeting's sharing table: its catalogue, indicators and area views are aggregates, open
 * to every department and to analysts; each figure counting persons is withheld below the minimum
 * cell size under the sharing table of the department that holds the persons (see
 * indicator-disclosure.ts). Fields carry `@Authorized(can(...))` where they are defined.
 */
export const jointMeetingPolicy = definePolicy('joint-meeting', {
  /** The catalogue, the evaluated indicators and the five-bed area figures: no person in them. */
  publicRecords: { departments: 'all', roles: ['analyst', 'auditor', 'developer'] },
  /**
   * What it hands civil affairs for listing the records behind an indicator (`@inaccessible`): the
   * other departments' exact code lists, for the gateway composing only.
   */
  recordInputs: forComposition({}),
  /**
   * An elder's five-bed journey, composed from civil affairs' care records, health's beds and medical
   * insurance's settled months: for the callers civil affairs shares its care records with (the
   * five-bed partners and human resources) and civil affairs itself. Person-level: audited here,
   * where the journey is answered.
   */
  careRecords: { departments: ['civil-affairs', 'health', 'medical-insurance', 'human-resources'], personLevel: true },
});

export const can = jointMeetingPolicy.rule;
