import type { CivilAffairsAreaFigures } from '../../shared/indicators/civil-affairs-area-figures';
import type { DepartmentFigures } from './area-on-date.entity';

/** Civil affairs' counts with those the joint meeting joins from civil affairs' and health's lists. */
export interface CivilAffairsFigures extends CivilAffairsAreaFigures {
  /** Institutions operating on the day (civil affairs) that health names medical-care integrated: indicator 8's numerator. */
  medicalCareIntegrated: number;
  /** Institutions operating on the day (civil affairs) with an agreement in force (health): 签约服务 coverage's numerator. */
  signedCooperation: number;
  /** 特困人员供养服务机构 operating on the day (civil affairs) that health names medical-care integrated (专栏1). */
  integratedSupportInstitutions: number;
  /** Districts of the area with at least one of those (专栏1 in the city: the share of districts meeting it). */
  districtsWithIntegratedSupportInstitution: number;
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
