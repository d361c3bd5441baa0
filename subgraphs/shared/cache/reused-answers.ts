import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { Kind, type OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { Counter } from 'prom-client';
import { changeLogMark } from '../changes/change-log';
import type { SubgraphContext } from '../context/context';
import type { ServiceMetrics } from '../metrics/service-metrics';
import { todayIso } from '../time/today';
import { BoundedLru } from './bounded-lru';
import { jsonLength } from './json-length';
import { representationsAsked } from '../schema/entity-representations';

type Data = Record<string, unknown>;

/**
 * Answers a composition call the gateway repeats — `_entities` for the same representations, from
 * the same caller, on the same day — with the answer given before, while the department's change
 * log has not moved since (`changeLogMark`, one indexed MAX per call). It is what makes the joint
 * meeting's report repeat in a few milliseconds per department: its figures change when a
 * department writes, and only then (issue 18). A department without a change log (the joint
 * meeting) holds nothing that changes: its answers follow from the representations alone.
 *
 * Kept only when an answer had no error and read nothing person-level (the audit collector is
 * empty): a reused answer writes no audit entry, so one that would need an entry is never reused.
 * The caller (id, role, department, scopes) is in the key, as every field's check and mask depends
 * on it; so is today's date, which decides what "current" means. `maxMb` 0 turns it off.
 */
export function reusedAnswers(
  maxMb: number,
  keepsChangeLog: boolean,
  metrics: ServiceMetrics,
): ApolloServerPlugin<SubgraphContext<unknown>> {
  const lookups = new Counter({
    name: 'hub_answer_cache_lookups_total',
    help: 'Composition calls (`_entities`) looked up among the answers given since the department’s last write, by result: hit (answered from memory) or miss.',
    labelNames: ['result'] as const,
    registers: [metrics.registry],
  });
  const answers = new BoundedLru<Data>(maxMb * 2 ** 20);
  let answersMark: string | null = null;
  return {
    requestDidStart() {
      let pending: { key: string; mark: string } | null = null;
      return Promise.resolve({
        async responseForOperation({ operation, document, request, contextValue, schema }) {
          if (maxMb === 0 || !isCompositionRead(operation) || !contextValue.caller || !request.query) return null;
          // A call the department will refuse for its size reads nothing, not even the change log's mark.
          const fragments = Object.fromEntries(
            document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
          );
          if (
            representationsAsked(contextValue, schema, operation, fragments, request.variables ?? {}) >
            contextValue.config.maxEntityRepresentations
          )
            return null;
          const mark = keepsChangeLog ? await changeLogMark(contextValue.dataSource.manager) : 'unchanging';
          if (mark !== answersMark) {
            answers.clear();
            answersMark = mark;
          }
          const key = answerKey(contextValue);
          const data = answers.get(key);
          lookups.inc({ result: data ? 'hit' : 'miss' });
          if (data)
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data } },
            };
          pending = { key, mark };
          return null;
        },
        willSendResponse({ response, contextValue }) {
          // Not kept if the department wrote while it was being answered: it may hold either side of the write.
          if (!pending || pending.mark !== answersMark || response.body.kind !== 'single') return Promise.resolve();
          const { data, errors } = response.body.singleResult;
          if (data && !errors?.length && contextValue.audit.isEmpty)
            answers.set(pending.key, data, jsonLength(data) ?? 0);
          return Promise.resolve();
        },
      });
    },
  };
}

/** A query whose every root field is `_entities`: the gateway fetching a department's fields of entities. */
function isCompositionRead(operation: OperationDefinitionNode | undefined): boolean {
  return (
    operation?.operation === OperationTypeNode.QUERY &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities',
    )
  );
}

/** The caller, what the request composes for, today and the request's text: a megabyte of representations hashed as received, not serialised again. */
function answerKey({ caller, composedByGateway, requestText }: SubgraphContext<unknown>): string {
  const who = caller && [caller.id, caller.role, caller.department, [...caller.scopes].sort()];
  return createHash('sha256')
    .update(JSON.stringify([who, composedByGateway, todayIso()]))
    .update('\n')
    .update(requestText)
    .digest('base64');
}
