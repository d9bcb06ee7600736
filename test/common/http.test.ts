import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { Agent } from 'undici';
import { HttpClient, HttpNetworkError, readBodyText, retryClass, type HttpClientOptions } from '../../src/common/http.js';
import { transportKind } from '../../src/common/httpTransport.js';
import { ensureTls } from '../../src/mirror/tls.js';
import { startForwardProxy } from '../support/forwardProxy.js';
import { closedPort } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * A loopback HTTP/1.1 server written on raw sockets, so a test controls every byte and every
 * close: `handler` gets each parsed request (several per keep-alive connection) and the socket.
 */
async function rawServer(handler: (socket: Socket, req: RawRequest, index: number) => void) {
  const sockets = new Set<Socket>();
  const requests: RawRequest[] = [];
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => {});
    let buf = Buffer.alloc(0);
    socket.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const [line, ...lines] = buf.subarray(0, end).toString('latin1').split('\r\n');
        const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
        const length = Number(headers['content-length'] ?? 0);
        if (buf.length < end + 4 + length) return;
        const [method, target] = line.split(' ');
        const req = { method, path: target, headers, body: buf.subarray(end + 4, end + 4 + length) };
        buf = buf.subarray(end + 4 + length);
        requests.push(req);
        handler(socket, req, requests.length - 1);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  after(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url, requests, connections: () => connections };
}

const head = (status: number, headers: Record<string, string | number>) =>
  `HTTP/1.1 ${status} X\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;

const fast = { retries: 0, retryMinMs: 5 } satisfies HttpClientOptions;

/** The same edge cases for both transports: Node's own (the default) and undici (a dispatcher, as behind a proxy). */
const transports: [string, () => HttpClientOptions][] = [
  ['node', () => ({ env: {} })],
  ['undici', () => ({ env: {}, dispatcher: new Agent({ connections: 32 }) })],
];

for (const [name, base] of transports) {
  describe(`HttpClient over ${name}`, () => {
    const client = (extra: HttpClientOptions = {}) => new HttpClient({ ...fast, ...base(), ...extra });

    it('uses the transport it was given', async () => {
      assert.equal((await client().transport()).name, name);
    });

    it('a server that never answers fails after the headers timeout', { timeout: 10_000 }, async () => {
      const s = await rawServer(() => {});
      const t0 = Date.now();
      await assert.rejects(client({ headersTimeoutMs: 200 }).getText(`${s.url}/x`), (err: HttpNetworkError) => {
        assert.equal(err.netCode, 'UND_ERR_HEADERS_TIMEOUT');
        assert.match(err.message, /cannot reach 127\.0\.0\.1:\d+: no response headers in time/);
        assert.equal(retryClass(err), 'always');
        return true;
      });
      assert.ok(Date.now() - t0 < 5000);
    });

    it('a body that stops arriving fails after the idle timeout', { timeout: 10_000 }, async () => {
      const s = await rawServer((socket) => socket.write(`${head(200, { 'content-length': 1000 })}${'x'.repeat(100)}`));
      await assert.rejects(client({ bodyTimeoutMs: 200 }).getText(`${s.url}/x`), (err: HttpNetworkError) => {
        assert.equal(err.netCode, 'UND_ERR_BODY_TIMEOUT');
        assert.match(err.message, /the download stopped making progress/);
        assert.equal(retryClass(err), 'always');
        return true;
      });
    });

    it('a body that keeps trickling in is not idle, however long it takes', { timeout: 10_000 }, async () => {
      const s = await rawServer((socket) => {
        socket.write(head(200, { 'content-length': 10 }));
        let sent = 0;
        const tick = setInterval(() => {
          socket.write('x');
          if (++sent === 10) clearInterval(tick);
        }, 80);
      });
      const res = await client({ bodyTimeoutMs: 250 }).getText(`${s.url}/slow`);
      assert.equal(res.text, 'x'.repeat(10));
    });

    it('a consumer that pauses longer than the idle timeout is not a stalled server', { timeout: 10_000 }, async () => {
      const body = Buffer.alloc(4 << 20, 7);
      const s = await rawServer((socket) => socket.write(Buffer.concat([Buffer.from(head(200, { 'content-length': body.length })), body])));
      const res = await client({ bodyTimeoutMs: 150 }).request(`${s.url}/big`);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal((await readBodyText(res.body)).length, body.length);
    });

    it('a connection closed mid-body is a retryable "closed by the server", and the retry gets the whole file', { timeout: 10_000 }, async () => {
      const body = Buffer.alloc(1000, 1);
      const s = await rawServer((socket, _req, i) => {
        socket.write(head(200, { 'content-length': body.length }));
        if (i === 0) socket.end(body.subarray(0, 500));
        else socket.write(body);
      });
      await assert.rejects(client().getText(`${s.url}/x`), (err: HttpNetworkError) => {
        assert.equal(err.netCode, 'UND_ERR_SOCKET');
        assert.match(err.message, /connection closed by the server/);
        assert.equal(retryClass(err), 'always');
        return true;
      });
      const dest = path.join(tempDir(), 'x.bin');
      const r = await client({ retries: 2 }).download(`${s.url}/x`, dest);
      assert.equal(r.size, body.length);
      assert.deepEqual(readFileSync(dest), body);
      assert.equal(s.requests.length, 2);
    });

    it('a body delimited by the close of the connection is complete; a chunked body cut short is not', { timeout: 10_000 }, async () => {
      const s = await rawServer((socket, req) => {
        if (req.path === '/eof') socket.end(`${head(200, { connection: 'close' })}all of it`);
        else socket.end(`${head(200, { 'transfer-encoding': 'chunked' })}4\r\npart\r\n`);
      });
      assert.equal((await client().getText(`${s.url}/eof`)).text, 'all of it');
      await assert.rejects(client().getText(`${s.url}/chunked`), (err: HttpNetworkError) => {
        assert.equal(err.netCode, 'UND_ERR_SOCKET');
        return true;
      });
    });

    it('a connection reset mid-body is a retryable failure of the read (not a crash)', { timeout: 10_000 }, async () => {
      const s = await rawServer((socket) => {
        socket.write(`${head(200, { 'content-length': 100000 })}${'x'.repeat(1000)}`);
        setTimeout(() => socket.resetAndDestroy(), 50);
      });
      await assert.rejects(client().getText(`${s.url}/x`), (err: HttpNetworkError) => {
        assert.ok(['ECONNRESET', 'UND_ERR_SOCKET'].includes(err.netCode), err.netCode);
        assert.equal(retryClass(err), 'always');
        return true;
      });
    });

    it('a server that closes without answering is "closed by the server"', async () => {
      const s = await rawServer((socket) => socket.end());
      await assert.rejects(client().getText(`${s.url}/x`), (err: HttpNetworkError) => {
        assert.equal(err.netCode, 'UND_ERR_SOCKET');
        assert.match(err.message, /connection closed by the server/);
        return true;
      });
    });

    it('a refused loopback port is final and names the address', async () => {
      const port = await closedPort();
      await assert.rejects(client().getText(`http://127.0.0.1:${port}/x`), (err: HttpNetworkError) => {
        assert.equal(err.netCode, 'ECONNREFUSED');
        assert.equal(err.address, '127.0.0.1');
        assert.equal(retryClass(err), 'never');
        return true;
      });
    });

    it('sends request bodies with their length, answers HEAD without a body, does not decompress', async () => {
      const gz = gzipSync('hello');
      const s = await rawServer((socket, req) => {
        if (req.method === 'HEAD') socket.write(head(200, { 'content-length': 12345 }));
        else if (req.method === 'GET') socket.write(Buffer.concat([Buffer.from(head(200, { 'content-encoding': 'gzip', 'content-length': gz.length })), gz]));
        else socket.write(`${head(201, { 'content-length': req.body.length })}${req.body.toString()}`);
      });
      const http = client();
      const post = await http.request(`${s.url}/p`, { method: 'POST', body: 'ünïcode body' });
      assert.equal(post.status, 201);
      assert.equal(await readBodyText(post.body), 'ünïcode body');
      assert.equal(s.requests[0].headers['content-length'], String(Buffer.byteLength('ünïcode body')));
      const put = await http.request(`${s.url}/p`, { method: 'PUT', body: Buffer.from([1, 2, 3]) });
      assert.deepEqual(Buffer.from(await readBodyText(put.body), 'latin1'), Buffer.from([1, 2, 3]));
      const headRes = await http.request(`${s.url}/h`, { method: 'HEAD' });
      assert.equal(headRes.headers['content-length'], '12345');
      assert.equal(await readBodyText(headRes.body), '');
      const get = await http.request(`${s.url}/g`);
      const chunks: Buffer[] = [];
      for await (const c of get.body) chunks.push(c as Buffer);
      assert.deepEqual(Buffer.concat(chunks), gz, 'the body as sent (gzip), like undici request()');
      assert.equal(get.headers['content-encoding'], 'gzip');
    });

    it('an abort mid-body fails the read with the signal reason', { timeout: 10_000 }, async () => {
      const s = await rawServer((socket) => socket.write(`${head(200, { 'content-length': 100000 })}${'x'.repeat(100)}`));
      const ac = new AbortController();
      const res = await client().request(`${s.url}/x`, { signal: ac.signal });
      const reason = new Error('stop now');
      setTimeout(() => ac.abort(reason), 50);
      await assert.rejects(readBodyText(res.body), (err) => err === reason);
      await assert.rejects(client().request(`${s.url}/y`, { signal: ac.signal }), (err) => err === reason);
    });

    it('follows a redirect to another host without the credentials', async () => {
      const other = await rawServer((socket) => socket.write(`${head(200, { 'content-length': 4 })}done`));
      const s = await rawServer((socket) => socket.write(head(302, { location: `${other.url.replace('127.0.0.1', 'localhost')}/there`, 'content-length': 0 })));
      const res = await client({ authFor: () => 'Bearer secret' }).getText(`${s.url}/here`);
      assert.equal(res.text, 'done');
      assert.equal(s.requests[0].headers.authorization, 'Bearer secret');
      assert.equal(other.requests[0].headers.authorization, undefined);
    });
  });
}

describe('HttpClient over node: connections', () => {
  it('keeps one connection alive across sequential requests, shared by clients of the process', async () => {
    const s = await rawServer((socket) => socket.write(`${head(200, { 'content-length': 2 })}ok`));
    for (let i = 0; i < 3; i++) assert.equal((await new HttpClient({ ...fast, env: {} }).getText(`${s.url}/k${i}`)).text, 'ok');
    assert.equal(s.connections(), 1);
  });
});

describe('HttpClient over node: https', () => {
  it('talks TLS (CA from NODE_EXTRA_CA_CERTS), starts the headers wait after the handshake, and reuses the connection', { timeout: 30_000 }, async () => {
    const m = await ensureTls(tempDir());
    let connections = 0;
    const server = https.createServer({ cert: m.cert, key: m.key }, (req, res) => {
      if (req.url !== '/hang') res.end('secure');
    });
    server.on('secureConnection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    after(() => {
      server.closeAllConnections();
      server.close();
    });
    const base = `https://localhost:${(server.address() as AddressInfo).port}`;
    const child = path.resolve(import.meta.dirname, '../support/httpClientChild.ts');
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', child],
        {
          env: {
            PATH: process.env.PATH,
            NODE_EXTRA_CA_CERTS: m.files.caCert,
            CHILD_URLS: JSON.stringify([`${base}/hang`, `${base}/a`, `${base}/b`]),
            CHILD_HEADERS_TIMEOUT_MS: '300',
          },
        },
        (err, out) => (err ? reject(err) : resolve(out)),
      ),
    );
    const { transport, results } = JSON.parse(stdout) as { transport: string; results: { text?: string; netCode?: string; message?: string }[] };
    assert.equal(transport, 'node');
    // The hung request is on a fresh connection: its headers wait starts once the handshake is done.
    assert.deepEqual(results, [{ netCode: 'UND_ERR_HEADERS_TIMEOUT', message: results[0].message }, { text: 'secure' }, { text: 'secure' }]);
    assert.match(results[0].message ?? '', /no response headers in time/);
    assert.equal(connections, 2, 'the hung connection is dropped; the next two requests share one');
  });
});

describe('HttpClient transport choice', () => {
  it('Node’s own transport unless a proxy is configured or a dispatcher is passed', () => {
    assert.equal(transportKind({}), 'node');
    assert.equal(transportKind({ NO_PROXY: '*' }), 'node');
    for (const v of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) assert.equal(transportKind({ [v]: 'http://proxy:3128' }), 'undici', v);
    assert.equal(transportKind({ HTTPS_PROXY: '' }), 'node');
    assert.equal(transportKind({}, new Agent()), 'undici');
  });

  it('with HTTP_PROXY in the client’s env, requests go through the proxy (undici) and NO_PROXY from the same env applies', async () => {
    const proxy = await startForwardProxy();
    after(() => proxy.close());
    const s = await rawServer((socket) => socket.write(`${head(200, { 'content-length': 2 })}ok`));
    const port = new URL(s.url).port;

    const direct = new HttpClient({ ...fast, env: {} });
    assert.equal((await direct.getText(`${s.url}/direct`)).text, 'ok');
    assert.deepEqual(proxy.seen, [], 'no proxy configured: direct');

    const proxied = new HttpClient({ ...fast, env: { HTTP_PROXY: proxy.url } });
    assert.equal((await proxied.transport()).name, 'undici');
    assert.equal((await proxied.getText(`${s.url}/via-proxy`)).text, 'ok');
    assert.equal(proxy.seen.length, 1);
    assert.match(proxy.seen[0], new RegExp(`^(CONNECT 127\\.0\\.0\\.1:${port}|GET ${s.url}/via-proxy)$`));

    const bypass = new HttpClient({ ...fast, env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    assert.equal((await bypass.getText(`${s.url}/bypass`)).text, 'ok');
    assert.equal(proxy.seen.length, 1, 'NO_PROXY host went direct');
    assert.deepEqual(
      s.requests.map((r) => r.path),
      ['/direct', '/via-proxy', '/bypass'],
    );
  });
});
