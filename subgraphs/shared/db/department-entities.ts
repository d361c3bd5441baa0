import type { ClassType } from '../class-type';
import { AuditChainHead, AuditCheckpointRow, AuditRecord, AuditSubject } from '../audit/audit-record.entity';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { IdempotencyRecord } from '../idempotency/idempotency-record.entity';
import { keepsChangeLog } from '../changes/change-log';
import { ChangeRecord } from '../changes/change-record.entity';
import { WriteLock } from './key-lock';

/** A department's tables: its own entities plus the audit trail, write locks, idempotency records every subgraph keeps, and the change log of one that holds records. */
export function departmentEntities(definition: Pick<SubgraphDefinition<unknown>, 'entities'>): ClassType[] {
  return [
    ...definition.entities,
    AuditRecord,
    AuditSubject,
    AuditChainHead,
    AuditCheckpointRow,
    WriteLock,
    IdempotencyRecord,
    ...(keepsChangeLog(definition) ? [ChangeRecord] : []),
  ];
}
