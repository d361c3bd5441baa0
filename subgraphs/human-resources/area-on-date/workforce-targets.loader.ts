import type { DataSource } from 'typeorm';
import { CARE_STAFF_ROLES, CaregiverRole, INSTITUTION_SPECIALIST_ROLES } from '../caregiver/caregiver-role.enum';
import { Caregiver } from '../caregiver/caregiver.entity';
import { workingCondition } from '../caregiver/employment';
import { certifiedCondition } from '../certificate/certified';
import { CaregiverTrainingKind } from '../training/caregiver-training-kind.enum';
import { countsByArea } from '../workforce/workforce.loader';

/**
 * What the plan's two workforce targets count in an area on a day: care staff and those of them
 * with a completed induction training (入职/上岗培训, by role), and an institution's medical,
 * rehabilitation and fire-safety staff with those of them certified by their trade's licence.
 */
export const WORKFORCE_TARGET_FIGURES = [
  'workingCareStaff',
  'inductedElderCaregivers',
  'inductedLongTermCarers',
  'institutionSpecialists',
  'certifiedMedicalStaff',
  'certifiedRehabilitationTherapists',
  'certifiedFireSafetyOperators',
] as const;
export type WorkforceTargetCounts = Record<(typeof WORKFORCE_TARGET_FIGURES)[number], number>;

/**
 * A completed induction training on or before the day: an enrolment of the caregiver in an
 * INDUCTION programme completed by then (however long before the employment: 岗前 training comes
 * first). Binds the day as `:workingOn` and the kind as `:induction`.
 */
const INDUCTED = `EXISTS (SELECT 1 FROM caregiver_training_enrolment inducted INNER JOIN caregiver_training_programme induction ON induction.id = inducted.programmeId WHERE inducted.personKey = caregiver.personKey AND induction.kind = :induction AND inducted.completedOn <= :workingOn)`;
const IN_INSTITUTION = 'caregiver.employerCode IS NOT NULL';
const count = (...conditions: string[]) => `SUM(CASE WHEN ${conditions.join(' AND ')} THEN 1 ELSE 0 END)`;
const hasRole = (parameter: string) => `caregiver.role = :${parameter}`;

export function createWorkforceTargetLoaders(dataSource: DataSource) {
  return {
    /**
     * The caregivers of each area asked (by the district they work in) working on the day, in one
     * GROUP BY over care staff and institution specialists: the same "working" and "certified" as
     * every other figure of human resources (`workingCondition`, `certifiedCondition`).
     */
    workforceTargetCountsByArea: countsByArea(WORKFORCE_TARGET_FIGURES, (districts, day: string) => {
      const specialist = `caregiver.role IN (:...specialistRoles) AND ${IN_INSTITUTION}`;
      const query = dataSource
        .createQueryBuilder()
        .from(Caregiver, 'caregiver')
        .select('caregiver.districtCode', 'districtCode')
        .addSelect(count('caregiver.role IN (:...careStaffRoles)'), 'workingCareStaff')
        .addSelect(count(hasRole('elderCaregiver'), INDUCTED), 'inductedElderCaregivers')
        .addSelect(count(hasRole('longTermCarer'), INDUCTED), 'inductedLongTermCarers')
        .addSelect(count(specialist), 'institutionSpecialists')
        .addSelect(count(specialist, hasRole('medical'), certifiedCondition('caregiver')), 'certifiedMedicalStaff')
        .addSelect(
          count(specialist, hasRole('rehabilitation'), certifiedCondition('caregiver')),
          'certifiedRehabilitationTherapists',
        )
        .addSelect(
          count(specialist, hasRole('fireSafety'), certifiedCondition('caregiver')),
          'certifiedFireSafetyOperators',
        )
        .where(workingCondition('caregiver'), { workingOn: day })
        .andWhere('caregiver.role IN (:...roles)', { roles: [...CARE_STAFF_ROLES, ...INSTITUTION_SPECIALIST_ROLES] })
        .setParameters({
          certifiedOn: day,
          induction: CaregiverTrainingKind.INDUCTION,
          careStaffRoles: CARE_STAFF_ROLES,
          specialistRoles: INSTITUTION_SPECIALIST_ROLES,
          elderCaregiver: CaregiverRole.ELDER_CAREGIVER,
          longTermCarer: CaregiverRole.LONG_TERM_CARER,
          medical: CaregiverRole.MEDICAL_STAFF,
          rehabilitation: CaregiverRole.REHABILITATION_THERAPIST,
          fireSafety: CaregiverRole.FIRE_SAFETY_OPERATOR,
        });
      if (districts) query.andWhere('caregiver.districtCode IN (:...districts)', { districts });
      return query.groupBy('caregiver.districtCode').getRawMany();
    }),
  };
}
