import type { DataSource } from 'typeorm';
import { CARE_STAFF_ROLES, CaregiverRole, INSTITUTION_SPECIALIST_ROLES } from '../caregiver/caregiver-role.enum';
import { certifiedCondition } from '../certificate/certified';
import { CaregiverTrainingKind } from '../training/caregiver-training-kind.enum';
import { workingCaregiverCountsOnDays } from '../workforce/workforce.loader';

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
 * A completed induction training on or before the day (`d.day`): an enrolment of the caregiver in
 * an INDUCTION programme completed by then (however long before the employment: 岗前 training comes
 * first). Binds the kind as `:induction`.
 */
const INDUCTED = `EXISTS (SELECT 1 FROM caregiver_training_enrolment inducted INNER JOIN caregiver_training_programme induction ON induction.id = inducted.programmeId WHERE inducted.personKey = caregiver.personKey AND induction.kind = :induction AND inducted.completedOn <= d.day)`;
const SPECIALIST = 'caregiver.role IN (:...specialistRoles) AND caregiver.employerCode IS NOT NULL';
const CERTIFIED = certifiedCondition('caregiver', 'd.day');

export function createWorkforceTargetLoaders(dataSource: DataSource) {
  return {
    /**
     * The caregivers of each area asked (by the district they work in) working on each day asked,
     * in one GROUP BY over care staff and institution specialists for every day: the same "working"
     * and "certified" as every other figure of human resources (`workingCondition`, `certifiedCondition`).
     */
    workforceTargetCountsByArea: workingCaregiverCountsOnDays(
      dataSource,
      {
        workingCareStaff: 'caregiver.role IN (:...careStaffRoles)',
        inductedElderCaregivers: `caregiver.role = :elderCaregiver AND ${INDUCTED}`,
        inductedLongTermCarers: `caregiver.role = :longTermCarer AND ${INDUCTED}`,
        institutionSpecialists: SPECIALIST,
        certifiedMedicalStaff: `${SPECIALIST} AND caregiver.role = :medical AND ${CERTIFIED}`,
        certifiedRehabilitationTherapists: `${SPECIALIST} AND caregiver.role = :rehabilitation AND ${CERTIFIED}`,
        certifiedFireSafetyOperators: `${SPECIALIST} AND caregiver.role = :fireSafety AND ${CERTIFIED}`,
      } satisfies Record<(typeof WORKFORCE_TARGET_FIGURES)[number], string>,
      {
        where: 'caregiver.role IN (:...roles)',
        params: {
          roles: [...CARE_STAFF_ROLES, ...INSTITUTION_SPECIALIST_ROLES],
          induction: CaregiverTrainingKind.INDUCTION,
          careStaffRoles: CARE_STAFF_ROLES,
          specialistRoles: INSTITUTION_SPECIALIST_ROLES,
          elderCaregiver: CaregiverRole.ELDER_CAREGIVER,
          longTermCarer: CaregiverRole.LONG_TERM_CARER,
          medical: CaregiverRole.MEDICAL_STAFF,
          rehabilitation: CaregiverRole.REHABILITATION_THERAPIST,
          fireSafety: CaregiverRole.FIRE_SAFETY_OPERATOR,
        },
      },
    ),
  };
}
