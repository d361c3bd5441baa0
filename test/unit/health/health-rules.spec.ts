import { internetNursingCoverage } from '../../../subgraphs/health/area/area-health-figures';
import { healthPlaceOf } from '../../../subgraphs/health/area/area-place';
import { areaColumnOf as healthAreaColumn } from '../../../subgraphs/shared/areas/area-column';
import { CooperationAgreement, inForceOn } from '../../../subgraphs/health/cooperation/cooperation-agreement.entity';
import { currentOf } from '../../../subgraphs/health/elder/health-bed.union';
import { HomeSickbed } from '../../../subgraphs/health/home-sickbed/home-sickbed.entity';
import { HospiceStay } from '../../../subgraphs/health/hospice-stay/hospice-stay.entity';
import { HospitalStay } from '../../../subgraphs/health/hospital-stay/hospital-stay.entity';
import { checkGrade, checkHospice } from '../../../subgraphs/health/medical-institution/medical-institution.inputs';
import { MedicalInstitutionKind } from '../../../subgraphs/health/medical-institution/medical-institution-kind.enum';

const agreement = (validFrom: string, validTo: string | null, endedOn: string | null) =>
  Object.assign(new CooperationAgreement(), { validFrom, validTo, endedOn });

describe('health rules', () => {
  it('counts an agreement in force from its first to its last day, cut short by an early end', () => {
    expect(inForceOn(agreement('2024-01-01', '2026-12-31', null), '2024-01-01')).toBe(true);
    expect(inForceOn(agreement('2024-01-01', '2026-12-31', null), '2026-12-31')).toBe(true);
    expect(inForceOn(agreement('2024-01-01', '2026-12-31', null), '2027-01-01')).toBe(false);
    expect(inForceOn(agreement('2024-01-01', null, null), '2099-01-01')).toBe(true);
    expect(inForceOn(agreement('2024-01-01', null, '2025-01-31'), '2025-01-31')).toBe(true);
    expect(inForceOn(agreement('2024-01-01', null, '2025-01-31'), '2025-02-01')).toBe(false);
    expect(inForceOn(agreement('2027-01-01', null, null), '2026-06-01')).toBe(false);
  });

  it('reports Internet+nursing coverage in whole basis points, rounded down, against the 70% target', () => {
    expect(internetNursingCoverage(3, 2)).toMatchObject({
      shareBasisPoints: 6666,
      targetBasisPoints: 7000,
      met: false,
    });
    expect(internetNursingCoverage(10, 7)).toMatchObject({ shareBasisPoints: 7000, met: true });
    expect(internetNursingCoverage(0, 0)).toMatchObject({ shareBasisPoints: null, met: null });
  });

  it('places a record by district or town code and groups areas by the shape of their code', () => {
    expect(healthPlaceOf('371083')).toEqual({ districtCode: '371083', townCode: null });
    expect(healthPlaceOf('371002003')).toEqual({ districtCode: '371002', townCode: '371002003' });
    expect(() => healthPlaceOf('371002999', 'areaCode')).toThrow(/areaCode/);
    expect(() => healthPlaceOf('110101')).toThrow();
    expect(healthAreaColumn('371000')).toBeNull();
    expect(healthAreaColumn('371083')).toBe('districtCode');
    expect(healthAreaColumn('371083100')).toBe('townCode');
    expect(healthAreaColumn('371083100201')).toBeUndefined();
  });

  it('takes the latest-entered open bed as the current health bed', () => {
    const hospital = Object.assign(new HospitalStay(), { admittedOn: '2026-03-01' });
    const hospice = Object.assign(new HospiceStay(), { admittedOn: '2026-03-10' });
    const sickbed = Object.assign(new HomeSickbed(), { openedOn: '2026-02-01' });
    expect(currentOf(hospital, null, sickbed)).toBe(hospital);
    expect(currentOf(hospital, hospice, sickbed)).toBe(hospice);
    expect(currentOf(null, null, sickbed)).toBe(sickbed);
    expect(currentOf(null, null, null)).toBeNull();
  });

  it('refuses a graded village clinic, a grade outside 1–3 and hospice beds without hospice care', () => {
    expect(() => checkGrade(MedicalInstitutionKind.VILLAGE_CLINIC, 1)).toThrow(/village clinic/);
    expect(() => checkGrade(MedicalInstitutionKind.GENERAL_HOSPITAL, 4)).toThrow(/level/);
    expect(() => checkGrade(MedicalInstitutionKind.GENERAL_HOSPITAL, null)).not.toThrow();
    expect(() => checkHospice(4, false)).toThrow(/hospiceProvider/);
    expect(() => checkHospice(0, false)).not.toThrow();
  });
});
