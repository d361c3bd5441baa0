import { areaFigures } from '../../../subgraphs/joint-meeting/indicators/area-figures.assemble';
import type { AreaOnDate } from '../../../subgraphs/joint-meeting/indicators/area-on-date.entity';
import { INDICATOR_CATALOGUE } from '../../../subgraphs/joint-meeting/indicators/indicator-catalogue';
import { IndicatorStatus } from '../../../subgraphs/joint-meeting/indicators/indicator.enums';
import { evaluateIndicator } from '../../../subgraphs/joint-meeting/indicators/indicator-value';

const entry = (code: string) => INDICATOR_CATALOGUE.find((candidate) => candidate.code === code)!;

/** What the gateway hands over for the city on a day: civil affairs' and health's lists, every other figure absent. */
const handedOver = (fields: Partial<AreaOnDate>): AreaOnDate =>
  ({ areaCode: '371000', asOf: '2026-06-30', civilAffairsFigures: null, ...fields }) as AreaOnDate;

describe('the plan’s network and integration targets, joined from civil affairs’ and health’s lists', () => {
  const city = areaFigures(
    handedOver({
      operatingInstitutionCodes: ['A', 'B', 'C', 'D'],
      extremePovertySupportInstitutions: [
        { districtCode: '371083', institutionCode: 'b' },
        { districtCode: '371003', institutionCode: 'C' },
        { districtCode: '371003', institutionCode: 'D' },
      ],
      medicalCareIntegratedInstitutionCodes: ['A', 'C', 'D'],
      signedCooperationInstitutionCodes: ['A', 'd', 'Z'],
    }),
  );

  it('counts the 特困供养 institutions health names integrated, and the districts holding one, credit codes case-blind', () => {
    expect([city.integratedSupportInstitutions, city.districtsWithIntegratedSupportInstitution]).toEqual([2, 1]);
  });

  it('counts signed institutions among the operating ones only, apart from the integrated ones', () => {
    expect([city.signedCooperation, city.medicalCareIntegrated]).toEqual([2, 3]);
  });

  it('meets the per-district target with one institution and reads the city as the share of districts meeting it', () => {
    const district = { ...city, level: 'DISTRICT' as const, areaCode: '371003' };
    expect(evaluateIndicator(entry('P-SUPPORT-INSTITUTION'), district)).toMatchObject({
      numerator: 2,
      denominator: null,
      target: 1,
      status: IndicatorStatus.MET,
    });
    expect(evaluateIndicator(entry('P-SUPPORT-INSTITUTION'), { ...city, districts: 8 })).toMatchObject({
      numerator: 1,
      denominator: 8,
      value: 12.5,
      target: 100,
      status: IndicatorStatus.NOT_MET,
    });
  });

  it('meets day care when every village and community has a centre, and finds nothing to cover in an area without any', () => {
    const day = (covered: number, all: number) =>
      evaluateIndicator(entry('P-DAY-CARE'), {
        ...city,
        level: 'DISTRICT',
        areaCode: '371072',
        asOf: '2025-06-30',
        villagesAndCommunities: all,
        villagesAndCommunitiesWithDayCare: covered,
      });
    expect(day(81, 81)).toMatchObject({ value: 100, status: IndicatorStatus.MET });
    expect(day(80, 81)).toMatchObject({ value: 98.77, status: IndicatorStatus.NOT_YET_DUE });
    expect(day(0, 0)).toMatchObject({ value: null, status: IndicatorStatus.NOT_APPLICABLE });
  });
});
