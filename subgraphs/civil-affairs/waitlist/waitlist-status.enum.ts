import { registerEnumType } from 'type-graphql';

/** Where an application to the public wait-list stands; only WAITING entries hold a place in the queue. */
export enum WaitlistStatus {
  WAITING = 'WAITING',
  ADMITTED = 'ADMITTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(WaitlistStatus, {
  name: 'WaitlistStatus',
  description: 'State of an application on the admission wait-list of a public institution (入住评估轮候).',
  valuesConfig: {
    WAITING: { description: '轮候中 waiting for a place.' },
    ADMITTED: { description: '已入住 admitted to the institution.' },
    WITHDRAWN: { description: '已撤回 withdrawn by the elder or their family, or cancelled.' },
  },
});
