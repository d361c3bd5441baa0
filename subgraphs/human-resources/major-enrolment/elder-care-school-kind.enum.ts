import { registerEnumType } from 'type-graphql';

/** The kind of school enrolling students in an elder-care major; indicator 12 covers universities and vocational schools alike. */
export enum ElderCareSchoolKind {
  UNDERGRADUATE = 'UNDERGRADUATE',
  VOCATIONAL_COLLEGE = 'VOCATIONAL_COLLEGE',
  TECHNICIAN_COLLEGE = 'TECHNICIAN_COLLEGE',
  SECONDARY_VOCATIONAL = 'SECONDARY_VOCATIONAL',
}

registerEnumType(ElderCareSchoolKind, {
  name: 'ElderCareSchoolKind',
  description: 'Kind of school enrolling students in an elder-care major (养老服务相关专业).',
  valuesConfig: {
    UNDERGRADUATE: { description: '本科高校: undergraduate university or college.' },
    VOCATIONAL_COLLEGE: {
      description: '高职/职业院校: higher vocational college (专科 and vocational undergraduate).',
    },
    TECHNICIAN_COLLEGE: { description: '技工院校: technician college or school, under human resources.' },
    SECONDARY_VOCATIONAL: {
      description: '中职: secondary vocational school (中等职业学校, including health schools 卫生学校).',
    },
  },
});
