import type { ApolloServerOptions } from '@apollo/server';
import type { DocumentNode } from 'graphql';

type DocumentStore = NonNullable<ApolloServerOptions<never>['documentStore']>;

/**
 * Apollo Server's cache of parsed and validated operations, bounded to about `maxMb` (measured like
 * Apollo's own cache: the length of the document's JSON). Apollo's default holds 30 MB of that
 * measure, which is several times more heap; every distinct operation a client sends takes a
 * place, so the bound is what keeps a service's memory flat under a varied mix.
 */
export function boundedDocumentStore(maxMb: number): DocumentStore {
  const maxSize = maxMb * 2 ** 20;
  const entries = new Map<string, { document: DocumentNode; size: number }>();
  let size = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return false;
    entries.delete(key);
    size -= entry.size;
    return true;
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return Promise.resolve(undefined);
      // A Map iterates in insertion order: re-inserting marks the entry most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return Promise.resolve(entry.document);
    },
    set(key, document) {
      remove(key);
      const entrySize = JSON.stringify(document).length;
      if (entrySize > maxSize) return Promise.resolve();
      entries.set(key, { document, size: entrySize });
      size += entrySize;
      for (const oldest of entries.keys()) {
        if (size <= maxSize) break;
        remove(oldest);
      }
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(remove(key)),
  };
}
