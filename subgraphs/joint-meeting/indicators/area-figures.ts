import type { CivilAffairsAreaFigures } from '../../shared/indicators/civil-affairs-area-figures';
import type { DepartmentFigures } from './area-on-date.entity';

/** Civil affairs' counts with the one the joint meeting joins from two departments' lists. */
export interface CivilAffairsFigures extends CivilAffairsAreaFigures {
  /** Institutions operating on the day (civil affairs) that health names medical-care integrated: indicator 8's numerator. */
  medicalCareIntegrated: number;
}

/** Care staff of the institutions LTCI-designated on the day: human resources' per-employer counts kept to medical insurance's list. */
export interface DesignatedCareStaff {
  ltciDesignatedCareStaff: number;
  ltciDesignatedLongTermCarers: number;
}

/** Everything an indicator's formula may read about an area on a day. */
export interface AreaFigures
  extends
    CivilAffairsFigures,
    DesignatedCareStaff,
    Omit<DepartmentFigures, 'civilAffairsFigures' | 'careStaffByEmployer'> {
  level: 'CITY' | 'DISTRICT';
  areaCode: string;
  asOf: string;
}
