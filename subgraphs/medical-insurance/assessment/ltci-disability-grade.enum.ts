import { registerEnumType } from 'type-graphql';

/** Disability grades of the national LTCI assessment standard (长期护理失能等级评估标准, 医保办发〔2021〕37号). */
export enum LtciDisabilityGrade {
  BASICALLY_NORMAL = 'BASICALLY_NORMAL',
  MILD_DISABILITY = 'MILD_DISABILITY',
  MODERATE_DISABILITY = 'MODERATE_DISABILITY',
  SEVERE_DISABILITY_I = 'SEVERE_DISABILITY_I',
  SEVERE_DISABILITY_II = 'SEVERE_DISABILITY_II',
  SEVERE_DISABILITY_III = 'SEVERE_DISABILITY_III',
}

/** The grade's number 0–5 in the standard, which the qualifying-grade configuration compares. */
export const LTCI_GRADE_NUMBER: Record<LtciDisabilityGrade, number> = {
  [LtciDisabilityGrade.BASICALLY_NORMAL]: 0,
  [LtciDisabilityGrade.MILD_DISABILITY]: 1,
  [LtciDisabilityGrade.MODERATE_DISABILITY]: 2,
  [LtciDisabilityGrade.SEVERE_DISABILITY_I]: 3,
  [LtciDisabilityGrade.SEVERE_DISABILITY_II]: 4,
  [LtciDisabilityGrade.SEVERE_DISABILITY_III]: 5,
};

registerEnumType(LtciDisabilityGrade, {
  name: 'LtciDisabilityGrade',
  description: 'Disability grade (失能等级) under the national LTCI assessment standard 医保办发〔2021〕37号, 0 to 5.',
  valuesConfig: {
    BASICALLY_NORMAL: { description: '0 基本正常: basically normal.' },
    MILD_DISABILITY: { description: '1 轻度失能: mild disability.' },
    MODERATE_DISABILITY: { description: '2 中度失能: moderate disability.' },
    SEVERE_DISABILITY_I: { description: '3 重度失能Ⅰ级: severe disability, grade I.' },
    SEVERE_DISABILITY_II: { description: '4 重度失能Ⅱ级: severe disability, grade II.' },
    SEVERE_DISABILITY_III: { description: '5 重度失能Ⅲ级: severe disability, grade III (the most severe).' },
  },
});
