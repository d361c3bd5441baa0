/**
 * The hub's subgraphs — the five departments and the joint meeting (联席会议), which owns the
 * cross-department views and no department's records: one subgraph, one database and one
 * configuration prefix each.
 */
export const DEPARTMENTS = {
  'civil-affairs': {
    envPrefix: 'CIVIL_AFFAIRS',
    defaultPort: 4001,
    databaseSuffix: 'civil_affairs',
    title: '民政局 Civil affairs',
  },
  health: { envPrefix: 'HEALTH', defaultPort: 4002, databaseSuffix: 'health', title: '卫生健康委 Health' },
  'medical-insurance': {
    envPrefix: 'MEDICAL_INSURANCE',
    defaultPort: 4003,
    databaseSuffix: 'medical_insurance',
    title: '医保局 Medical insurance',
  },
  'human-resources': {
    envPrefix: 'HUMAN_RESOURCES',
    defaultPort: 4004,
    databaseSuffix: 'human_resources',
    title: '人社局 Human resources and social security',
  },
  finance: { envPrefix: 'FINANCE', defaultPort: 4005, databaseSuffix: 'finance', title: '财政局 Finance' },
  'joint-meeting': {
    envPrefix: 'JOINT_MEETING',
    defaultPort: 4006,
    databaseSuffix: 'joint_meeting',
    title: '养老服务工作联席会议 Joint meeting',
  },
} as const;

export type Department = keyof typeof DEPARTMENTS;

export const DEPARTMENT_NAMES = Object.keys(DEPARTMENTS) as Department[];

export function isDepartment(name: string): name is Department {
  return Object.prototype.hasOwnProperty.call(DEPARTMENTS, name);
}
