import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { departmentAgent, postToDepartment } from '../../../gateway/department-http';

/** A department that keeps idle sockets 20 s but tells clients 2 s, as the real ones tell 55 of 65. */
async function department() {
  const sockets: Socket[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    res.setHeader('connection', 'keep-alive');
    res.setHeader('keep-alive', 'timeout=2');
    res.end('{"data":{}}');
  });
  server.keepAliveTimeout = 20_000;
  server.on('connection', (socket: Socket) => sockets.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, sockets, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe('calls to a department', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('leave an idle socket closed by the gateway, a second before the hint, never by the department', async () => {
    const { server, sockets, url } = await department();
    const agent = departmentAgent(1);
    stop = () => {
      agent.destroy();
      server.close();
      server.closeAllConnections();
    };
    const answer = await postToDepartment(agent, url, { body: '{}' }, new AbortController().signal);
    expect(answer.status).toBe(200);
    const [socket] = sockets;
    const started = Date.now();
    // The department's side sees the gateway end the connection: a FIN from the client, not its own timeout.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      once(socket, 'end'),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('the socket stayed open')), 5_000))),
    ]).finally(() => clearTimeout(timer));
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(sockets).toHaveLength(1);
  }, 10_000);
});
