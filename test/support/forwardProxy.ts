import http from 'node:http';
import net from 'node:net';

export interface ForwardProxy {
  url: string;
  /** What went through, in order: `CONNECT host:port` (tunnels) or `GET http://…` (absolute-form requests). */
  seen: string[];
  close: () => Promise<void>;
}

/** A loopback HTTP forward proxy: CONNECT tunnels and absolute-form requests, both to loopback targets only. */
export async function startForwardProxy(): Promise<ForwardProxy> {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const loopback = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]';
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    if (!loopback(target.hostname)) return void res.writeHead(403).end();
    const up = http.request(
      { hostname: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: req.method, headers: req.headers },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(/:(?=\d+$)/);
    client.on('error', () => {});
    if (!loopback(host)) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const up = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.destroy());
    sockets.add(client).add(up);
  });
  server.on('connection', (s: net.Socket) => sockets.add(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    seen,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
