import { type AccessRule, definePolicy, forComposition } from '../shared/auth/access-policy';

/** Whether and how an elder is insured for LTCI (长期护理保险参保): scheme, since, status. */
const enrolment: AccessRule = { departments: ['civil-affairs', 'health'], personLevel: true };

/**
 * Medical insurance's sharing table (数据共享): who may use which of its fields. The bureau's own
 * system is entitled to every rule except the audit trail's; the rules name the other callers.
 * Person-level insurance data goes to the two five-bed partners (civil affairs, health) and no
 * further: finance, human resources and analysts get designations and area figures only.
 */
export const medicalInsurancePolicy = definePolicy('medical-insurance', {
  /** LTCI designations of providers (定点), area figures, the rate table: records with no person in them. */
  publicRecords: { departments: 'all', roles: ['analyst', 'auditor', 'developer'] },
  enrolment,
  /**
   * Per-area counts of insured persons on a day (`AreaOnDate`, `@inaccessible`), exact however
   * small: for the gateway composing the joint meeting's indicators (which withhold small cells), or
   * read directly by those entitled to the enrolments. No person in them: not audited.
   */
  indicatorInputs: forComposition({ ...enrolment, personLevel: false }),
  /** Disability assessments under 医保办发〔2021〕37号 and the grade that follows. */
  disabilityAssessments: { departments: ['civil-affairs', 'health'], personLevel: true },
  /** Monthly LTCI settlements of an elder's care: days, amounts, fund and self-paid shares. */
  settlements: { departments: ['civil-affairs', 'health'], personLevel: true },
  /** Records' identifiers in the bureau's own systems (来源系统编号): for those systems alone. */
  sourceRefs: {},
  /** Every medical-insurance record is written by the bureau's own system, with the write scope. */
  write: { scope: 'write' },
});

export const can = medicalInsurancePolicy.rule;
