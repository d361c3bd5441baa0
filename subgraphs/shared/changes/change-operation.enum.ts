import { registerEnumType } from 'type-graphql';

/** What a write did to a record, as the change feed reports it. */
export enum ChangeOperation {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}

registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'What a write did to a record (变更类型).',
  valuesConfig: {
    CREATED: { description: 'The record was created.' },
    UPDATED: { description: 'The record was changed; read it again for its fields now.' },
    DELETED: { description: 'The record was removed; it can no longer be read.' },
  },
});
