import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { SubgraphContext } from '../context/context';
import { logCheckpoint } from './audit-checkpoint';
import { AuditKind } from './audit-kind.enum';
import type { ReadAuditBatcher } from './read-audit-batcher';

/**
 * Writes one audit entry per request that read person-level data, committed (group-committed with
 * the entries of concurrent requests, read-audit-batcher.ts) before the answer leaves. If the entry
 * cannot be written the data is withheld: a read that leaves no trace must not happen.
 */
export function readAuditing<C extends SubgraphContext<unknown>>(entries: ReadAuditBatcher): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ contextValue: context, operationName, operation, response }) {
          const { audit, caller } = context;
          // A mutation's own result is covered by its write entry, written in the write's transaction.
          if (
            audit.isEmpty ||
            !caller ||
            operation?.operation === OperationTypeNode.MUTATION ||
            response.body.kind !== 'single'
          )
            return;
          try {
            const checkpoints = await entries.append({
              callerId: caller.id,
              callerRole: caller.role,
              callerDepartment: caller.department,
              operation: operationName ?? 'anonymous',
              kind: AuditKind.READ,
              personKeys: [...audit.personKeys],
              recordIds: [...audit.recordIds],
              fields: [...audit.fields].sort(),
              requestId: context.requestId,
            });
            for (const checkpoint of checkpoints) logCheckpoint(context.log, checkpoint);
          } catch (error) {
            context.log.error('audit entry could not be written: response withheld', { error });
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              {
                message: 'Internal server error',
                extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: context.requestId },
              },
            ];
          }
        },
      });
    },
  };
}
