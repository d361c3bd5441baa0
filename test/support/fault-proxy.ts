import net from 'node:net';

/** What the proxy does with a connection: pass it on, reset it (the department is down), or hold it unanswered (hung). */
export type FaultMode = 'pass' | 'down' | 'hang';

/**
 * A TCP proxy put between the gateway and one department (through the hub's `routeSubgraph`), so a
 * test can take that department down or hang it without stopping the process the other tests share.
 */
export interface FaultProxy {
  /** The URL to route the department to: the proxy's port, the subgraph's path. */
  url: string;
  /** Switches the mode; connections already open are cut, so no kept-alive connection slips past. */
  setMode(mode: FaultMode): void;
  /** Connections the proxy has accepted since it started (a short-circuited department receives none). */
  connections(): number;
  close(): Promise<void>;
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  let mode: FaultMode = 'pass';
  let accepted = 0;
  const open = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    // A cut connection errors on both sides; the proxy only forgets it.
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    accepted += 1;
    track(client);
    if (mode === 'down') {
      client.resetAndDestroy();
      return;
    }
    // Hung: the connection is accepted and the request read, but nothing ever answers.
    if (mode === 'hang') {
      client.resume();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    track(upstream);
    client.pipe(upstream).pipe(client);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    setMode(next) {
      mode = next;
      for (const socket of open) socket.destroy();
    },
    connections: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
