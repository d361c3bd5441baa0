import { areaFigures } from '../../../subgraphs/joint-meeting/indicators/area-figures.assemble';
import type { AreaOnDate } from '../../../subgraphs/joint-meeting/indicators/area-on-date.entity';
import { INDICATOR_CATALOGUE } from '../../../subgraphs/joint-meeting/indicators/indicator-catalogue';
import { IndicatorStatus } from '../../../subgraphs/joint-meeting/indicators/indicator.enums';
import { evaluateIndicator } from '../../../subgraphs/joint-meeting/indicators/indicator-value';

const entry = (code: string) => INDICATOR_CATALOGUE.find((candidate) => candidate.code === code)!;

/** What human resources hands over for a district on a day (every other department's figures absent). */
const district = (asOf: string, fields: Partial<AreaOnDate>) =>
  areaFigures({
    areaCode: '371083',
    asOf,
    civilAffairsFigures: null,
    workingCareStaff: 0,
    inductedElderCaregivers: 0,
    inductedLongTermCarers: 0,
    institutionSpecialists: 0,
    certifiedMedicalStaff: 0,
    certifiedRehabilitationTherapists: 0,
    certifiedFireSafetyOperators: 0,
    ...fields,
  } as AreaOnDate);

describe('the plan’s workforce targets, from human resources’ counts', () => {
  it('reads induction training as the share of working care staff trained, both roles together, with each role beside it', () => {
    const figures = district('2025-12-31', {
      workingCareStaff: 4,
      inductedElderCaregivers: 2,
      inductedLongTermCarers: 1,
    });
    expect(evaluateIndicator(entry('P-INDUCTION-TRAINING'), figures)).toMatchObject({
      numerator: 3,
      denominator: 4,
      value: 75,
      target: 100,
      status: IndicatorStatus.NOT_MET, // the deadline day: due
    });
    expect(entry('P-INDUCTION-TRAINING').breakdowns!(figures).map(({ key, numerator }) => [key, numerator])).toEqual([
      ['ELDER_CAREGIVERS', 2],
      ['LONG_TERM_CARERS', 1],
    ]);
    const dayBefore = district('2025-12-30', { workingCareStaff: 4, inductedElderCaregivers: 3 });
    expect(evaluateIndicator(entry('P-INDUCTION-TRAINING'), dayBefore).status).toBe(IndicatorStatus.NOT_YET_DUE);
  });

  it('reads certified specialists against the end-2024 deadline, adds the three trades, and finds nothing to count without any', () => {
    const trades = { certifiedMedicalStaff: 2, certifiedRehabilitationTherapists: 1, certifiedFireSafetyOperators: 1 };
    const all = district('2024-12-31', { institutionSpecialists: 4, ...trades });
    expect(evaluateIndicator(entry('P-CERTIFIED-SPECIALISTS'), all)).toMatchObject({
      numerator: 4,
      value: 100,
      status: IndicatorStatus.MET,
    });
    const short = district('2024-12-31', { institutionSpecialists: 5, ...trades });
    expect(evaluateIndicator(entry('P-CERTIFIED-SPECIALISTS'), short)).toMatchObject({
      value: 80,
      status: IndicatorStatus.NOT_MET,
    });
    const before = district('2024-12-30', { institutionSpecialists: 5, ...trades });
    expect(evaluateIndicator(entry('P-CERTIFIED-SPECIALISTS'), before).status).toBe(IndicatorStatus.NOT_YET_DUE);
    expect(evaluateIndicator(entry('P-CERTIFIED-SPECIALISTS'), district('2025-06-30', {}))).toMatchObject({
      value: null,
      status: IndicatorStatus.NOT_APPLICABLE,
    });
  });
});
