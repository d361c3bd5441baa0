/**
 * The age from which a person is an elder (老年人: 60 周岁以上): the registry admits residents from
 * it, and every per-elder indicator counts those alive and this old on its day.
 */
export const ELDER_MINIMUM_AGE = 60;
