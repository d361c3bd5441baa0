import { registerEnumType } from 'type-graphql';

export enum AuditKind {
  READ = 'READ',
  WRITE = 'WRITE',
}

registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'Whether an audited operation read person-level data or wrote records.',
});
