import { registerEnumType } from 'type-graphql';

/** How a visitor reached the elder. */
export enum VisitMethod {
  HOME_VISIT = 'HOME_VISIT',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}

registerEnumType(VisitMethod, {
  name: 'VisitMethod',
  description: 'How a caring visit (探访关爱) was made.',
  valuesConfig: {
    HOME_VISIT: { description: '上门探访 in person at the elder’s home.' },
    PHONE: { description: '电话探访 by telephone.' },
    VIDEO: { description: '视频探访 by video call.' },
  },
});
