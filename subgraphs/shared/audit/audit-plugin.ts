import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { SubgraphContext } from '../context/context';
import { transaction } from '../db/transaction';
import { appendAudit } from './audit-chain';
import { logCheckpoint } from './audit-checkpoint';
import { AuditKind } from './audit-kind.enum';

/**
 * Writes one audit entry per request that read person-level data. If the entry cannot be written
 * the data is withheld: a read that leaves no trace must not happen.
 */
export function readAuditing<C extends SubgraphContext<unknown>>(): ApolloServerPlugin<C> {
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
            const { checkpoint } = await transaction(context.dataSource, (manager) =>
              appendAudit(
                manager,
                {
                  callerId: caller.id,
                  callerRole: caller.role,
                  callerDepartment: caller.department,
                  operation: operationName ?? 'anonymous',
                  kind: AuditKind.READ,
                  personKeys: [...audit.personKeys],
                  recordIds: [...audit.recordIds],
                  fields: [...audit.fields].sort(),
                  requestId: context.requestId,
                },
                context.config,
              ),
            );
            if (checkpoint) logCheckpoint(context.log, checkpoint);
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
