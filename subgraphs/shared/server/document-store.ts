import type { ApolloServerOptions } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { BoundedLru } from '../cache/bounded-lru';
import { jsonLength } from '../cache/json-length';

type DocumentStore = NonNullable<ApolloServerOptions<never>['documentStore']>;

/**
 * Apollo Server's cache of parsed and validated operations, bounded to about `maxMb` (measured like
 * Apollo's own cache: the length of the document's JSON). Apollo's default holds 30 MB of that
 * measure, which is several times more heap; every distinct operation a client sends takes a
 * place, so the bound is what keeps a service's memory flat under a varied mix.
 */
export function boundedDocumentStore(maxMb: number): DocumentStore {
  const documents = new BoundedLru<DocumentNode>(maxMb * 2 ** 20);
  return {
    get: (key) => Promise.resolve(documents.get(key)),
    set(key, document) {
      documents.set(key, document, jsonLength(document) ?? 0);
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(documents.delete(key)),
  };
}
