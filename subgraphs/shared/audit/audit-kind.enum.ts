import { registerEnumType } from 'type-graphql';

export enum AuditKind {
  READ = 'READ',
  WRITE = 'WRITE',
  /** A retried write answered with the stored result of the first (idempotency key): nothing written. */
  REPLAY = 'REPLAY',
}

registerEnumType(AuditKind, {
  name: 'AuditKind',
  description:
    'Whether an audited operation read person-level data, wrote records, or answered a retried write (same idempotency key) with the first write’s result without writing.',
});
