import type { ClassType } from '../class-type';
import { AuditChainHead, AuditCheckpointRow, AuditRecord, AuditSubject } from '../audit/audit-record.entity';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { WriteLock } from './key-lock';

/** A department's tables: its own entities plus the audit trail and write locks every department keeps. */
export function departmentEntities(definition: Pick<SubgraphDefinition<unknown>, 'entities'>): ClassType[] {
  return [...definition.entities, AuditRecord, AuditSubject, AuditChainHead, AuditCheckpointRow, WriteLock];
}
