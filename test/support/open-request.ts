import http from 'node:http';
import net from 'node:net';

/**
 * A GET whose request line is sent now and whose headers are finished later: the server counts the
 * connection as busy, so it survives the server closing its listener and idle connections. This is
 * how a test asks a draining service, which takes no new connection, what its `/readyz` says.
 */
export async function openRequest(url: URL): Promise<{ finish(): Promise<{ status: number; body: string }> }> {
  const socket = net.connect(Number(url.port), url.hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(`GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n`);
  return {
    finish: () =>
      new Promise((resolve, reject) => {
        let raw = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (raw += chunk));
        socket.once('error', reject);
        socket.once('end', () => {
          const [head, body = ''] = raw.split('\r\n\r\n');
          resolve({ status: Number(head.split(' ')[1]), body });
        });
        socket.write('Connection: close\r\n\r\n');
      }),
  };
}

/** A GET on a connection of its own (never a kept-alive one another request left idle): how a new client reaches the service. */
export function freshGet(url: URL): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .once('error', reject);
  });
}
