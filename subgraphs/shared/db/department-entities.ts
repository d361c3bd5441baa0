import { AuditChainHead, AuditRecord, AuditSubject } from '../audit/audit-record.entity';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { WriteLock } from './key-lock';

/** A department's tables: its own entities plus the audit trail and write locks every department keeps. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function departmentEntities(definition: Pick<SubgraphDefinition<unknown>, 'entities'>): Function[] {
  return [...definition.entities, AuditRecord, AuditSubject, AuditChainHead, WriteLock];
}
