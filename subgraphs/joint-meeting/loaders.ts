/**
 * The joint meeting's batched lookups: none, since it reads no records — every figure arrives from
 * the departments through the gateway, batched there per entity.
 */
export function createJointMeetingLoaders() {
  return {};
}

export type JointMeetingLoaders = ReturnType<typeof createJointMeetingLoaders>;
