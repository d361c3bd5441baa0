import { parse } from 'graphql';
import { boundedDocumentStore } from '../../../../subgraphs/shared/server/document-store';

/** A parsed operation whose JSON is about `kb` kilobytes. */
function documentOfAbout(kb: number) {
  const fields = Array.from({ length: Math.ceil((kb * 1024) / 150) }, (_, i) => `field${i}`).join(' ');
  return parse(`{ elders { ${fields} } }`);
}

/** 10 KB: room for three documents of about 3 KB, not four. */
const STORE_MB = 10 / 1024;

describe('the bounded document store', () => {
  it('gives back a document it holds', async () => {
    const store = boundedDocumentStore(STORE_MB);
    const document = documentOfAbout(1);
    await store.set('a', document);
    expect(await store.get('a')).toBe(document);
  });

  it('drops the least recently used documents once over its size', async () => {
    const store = boundedDocumentStore(STORE_MB);
    for (let i = 0; i < 4; i++) await store.set(`d${i}`, documentOfAbout(2.5));
    // Four of about 3 KB do not fit in 10 KB: the oldest went.
    expect(await store.get('d0')).toBeUndefined();
    expect(await store.get('d3')).toBeDefined();
  });

  it('keeps a document that was read recently and drops an older one instead', async () => {
    const store = boundedDocumentStore(STORE_MB);
    for (let i = 0; i < 3; i++) await store.set(`d${i}`, documentOfAbout(2.5));
    await store.get('d0');
    await store.set('d3', documentOfAbout(2.5));
    expect(await store.get('d0')).toBeDefined();
    expect(await store.get('d1')).toBeUndefined();
  });

  it('does not keep a document larger than the whole store', async () => {
    const store = boundedDocumentStore(STORE_MB);
    await store.set('small', documentOfAbout(1));
    await store.set('huge', documentOfAbout(15));
    expect(await store.get('huge')).toBeUndefined();
    expect(await store.get('small')).toBeDefined();
  });

  it('forgets a deleted document', async () => {
    const store = boundedDocumentStore(STORE_MB);
    await store.set('a', documentOfAbout(1));
    expect(await store.delete('a')).toBe(true);
    expect(await store.get('a')).toBeUndefined();
  });
});
