/**
 * HttpClient's default transport: Node's built-in `node:http` / `node:https` with keep-alive
 * agents shared by the whole process (32 connections per origin, as the undici agent had).
 * Measured against undici: ~50 ms less CPU to load, and about half the CPU per downloaded
 * megabyte (native parser, no copy of each body chunk through WASM).
 *
 * Timing follows undici's: at most {@link CONNECT_TIMEOUT_MS} to connect (TLS included),
 * then `headersTimeoutMs` for the response headers; while the body is read, `bodyTimeoutMs`
 * of silence from the server fails it — data waiting for a slow consumer is not silence.
 * A connection the server closes before the body is complete fails with UND_ERR_SOCKET.
 */

import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { transportError, type Transport, type TransportRequest, type TransportResponse } from './httpTransport.js';

/** undici's default connect timeout. */
export const CONNECT_TIMEOUT_MS = 10_000;
const MAX_SOCKETS = 32;

let agents: { http: http.Agent; https: https.Agent } | undefined;
function agentFor(protocol: string): http.Agent {
  agents ??= {
    http: new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
    https: new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
  };
  return protocol === 'https:' ? agents.https : agents.http;
}

const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? Object.assign(new Error('This operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' });

export const nodeTransport: Transport = {
  name: 'node',
  request(req: TransportRequest): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      const { url, signal } = req;
      if (signal?.aborted) return reject(abortReason(signal));
      const tls = url.protocol === 'https:';
      const headers: Record<string, string> = { ...req.headers };
      if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
      let cr: ClientRequest;
      try {
        cr = (tls ? https : http).request({
          protocol: url.protocol,
          // URL keeps IPv6 literals in brackets; user:pass@ is ignored (as undici does: credentials come from authFor).
          hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          method: req.method,
          headers,
          agent: agentFor(url.protocol),
        });
      } catch (err) {
        return reject(err);
      }

      let res: IncomingMessage | undefined;
      let socket: Socket | undefined;
      let failed = false;
      let timer: NodeJS.Timeout | undefined;
      const arm = (ms: number, onFire: () => void): void => {
        clearTimeout(timer);
        timer = setTimeout(onFire, ms).unref();
      };

      /** Before the response: the request fails (once). */
      const fail = (err: unknown): void => {
        if (failed) return;
        failed = true;
        cleanup();
        cr.destroy();
        reject(err);
      };
      const onAbort = (): void => {
        const reason = abortReason(signal!);
        if (res) res.destroy(reason as Error);
        else fail(reason);
      };
      // Progress of the body: any bytes from the server restart the idle timer.
      const onData = (): void => {
        timer?.refresh();
      };
      // The server closed the connection: a body not yet complete is cut short (Node would say "aborted").
      const onEnd = (): void => {
        if (res && !res.complete) res.destroy(transportError('UND_ERR_SOCKET'));
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        timer = undefined;
        signal?.removeEventListener('abort', onAbort);
        socket?.removeListener('data', onData);
        socket?.removeListener('end', onEnd);
      };
      signal?.addEventListener('abort', onAbort, { once: true });

      cr.on('socket', (s: Socket) => {
        socket = s;
        const headersWait = (): void => arm(req.headersTimeoutMs, () => fail(transportError('UND_ERR_HEADERS_TIMEOUT')));
        if (cr.reusedSocket || (!tls && !s.connecting)) return headersWait();
        arm(CONNECT_TIMEOUT_MS, () => fail(transportError('UND_ERR_CONNECT_TIMEOUT')));
        s.once(tls ? 'secureConnect' : 'connect', () => {
          if (!failed) headersWait();
        });
      });

      // Stays attached after the response: a socket error mid-body is reported here too (and must not go uncaught).
      cr.on('error', (err: Error & { code?: string }) => {
        if (res) {
          res.destroy(err);
          return;
        }
        // The server closed the connection before answering (FIN, not a reset): Node says "socket hang up".
        if (err.code === 'ECONNRESET' && socket?.readableEnded) return fail(transportError('UND_ERR_SOCKET'));
        fail(err);
      });

      cr.on('response', (r: IncomingMessage) => {
        if (failed) {
          r.destroy();
          return;
        }
        res = r;
        clearTimeout(timer);
        timer = undefined;
        const idle = req.bodyTimeoutMs;
        if (!r.complete && idle > 0) {
          const onIdle = (): void => {
            if (r.complete || r.destroyed) return cleanup();
            // Bytes are waiting for the consumer: the pause is the consumer's, not the server's.
            if (r.readableLength > 0) return void timer?.refresh();
            r.destroy(transportError('UND_ERR_BODY_TIMEOUT'));
          };
          arm(idle, onIdle);
          socket?.on('data', onData);
        }
        socket?.on('end', onEnd);
        r.once('end', cleanup);
        r.once('close', cleanup);
        resolve({ status: r.statusCode ?? 0, headers: r.headers, body: r });
      });

      cr.end(req.body);
    });
  },
};
