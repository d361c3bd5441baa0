import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  DATABASE_TARGETS,
  type DatabaseTarget,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

/**
 * Issue 19: the explorer page (GraphiQL, its scripts inlined so it works offline) was megabytes sent
 * uncompressed on every load. It is sent gzipped, and a browser that has it is told so (304).
 */

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body is read as sent on the wire (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe.each(DATABASE_TARGETS)('the explorer page on %s', (target: DatabaseTarget) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  it('is sent gzipped with an ETag, and not again to a browser that has it', async () => {
    const page = await rawGet(hub.gatewayUrl, { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(page.body).toString('utf8');
    expect(html).toContain('GraphiQL');
    expect(page.body.length).toBeLessThan(html.length / 3);
    const etag = page.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await rawGet(hub.gatewayUrl, {
      accept: 'text/html',
      'accept-encoding': 'gzip',
      'if-none-match': etag!,
    });
    expect([again.status, again.body.length]).toEqual([304, 0]);

    const plain = await rawGet(hub.gatewayUrl, { accept: 'text/html' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(html);
  });
});
