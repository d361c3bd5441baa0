/**
 * Targets of the two policy documents that a department's own figures and the joint meeting's
 * indicator catalogue both report against: each number is written here once.
 */

/** 威海市“十四五”养老服务体系规划, 保障措施: “县级以上人民政府留成的福彩公益金 55%以上用于支持养老服务发展”. */
export const LOTTERY_FUND_ELDER_CARE_MINIMUM_PERCENT = 55;

/** 2025 measures, measure 14: “2025 年底前，二级以上公立综合医院开展‘互联网+ 护理服务’覆盖率达到 70%”. */
export const INTERNET_NURSING_TARGET_PERCENT = 70;

/**
 * The plan: “2024年底前，培训不少于 4530 名养老护理员、266 名专兼职老年社会工作者”. In a 2021–2025 plan
 * the goal is read cumulatively: distinct persons who completed a training from the plan period's first
 * day to the deadline; those within the goal's own year (`yearFrom` to the deadline) are shown beside it.
 */
export const TRAINING_GOAL_2024 = {
  from: '2021-01-01',
  yearFrom: '2024-01-01',
  deadline: '2024-12-31',
  caregivers: 4530,
  socialWorkers: 266,
} as const;
