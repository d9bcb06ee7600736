/**
 * What HttpClient needs from an HTTP/1.1 transport: one request, its response headers, and
 * the body as a Node Readable that is not decompressed. Two implementations:
 *
 * - {@link nodeTransport} (`./nodeTransport.ts`): Node's built-in `node:http`/`node:https` —
 *   native parser, code-cached in the node binary, no body copies. Used by default.
 * - `undiciTransport` (`./undiciTransport.ts`, loaded with `await import` only when chosen):
 *   undici's `EnvHttpProxyAgent` when a proxy is configured, or the dispatcher a caller passed
 *   (tests inject DNS failures that way).
 *
 * Both fail alike: timeouts and closes carry the codes HttpClient's retry rules know
 * (`UND_ERR_HEADERS_TIMEOUT`, `UND_ERR_BODY_TIMEOUT`, `UND_ERR_CONNECT_TIMEOUT`, `UND_ERR_SOCKET`,
 * or the system's ECONNRESET / ECONNREFUSED with its `address`); an aborted signal rejects
 * (or destroys the body) with `signal.reason`.
 */

import type { Readable } from 'node:stream';

export interface TransportRequest {
  url: URL;
  method: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
  /** Wait for response headers once connected (ms, > 0). */
  headersTimeoutMs: number;
  /** Longest silence from the server while reading the body (ms; 0 = none). A consumer that stops reading is not silence. */
  bodyTimeoutMs: number;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
}

export interface Transport {
  readonly name: 'node' | 'undici';
  request(req: TransportRequest): Promise<TransportResponse>;
}

/** The proxy settings of an environment, read the way undici's EnvHttpProxyAgent reads them (lower case first). */
export function proxySettings(env: NodeJS.ProcessEnv): { httpProxy: string; httpsProxy: string; noProxy: string } {
  return {
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
  };
}

/**
 * Which transport a client uses: undici when the caller passed a dispatcher or when any proxy
 * is configured (then for every URL; undici applies NO_PROXY), Node's own otherwise.
 */
export function transportKind(env: NodeJS.ProcessEnv, dispatcher?: unknown): 'node' | 'undici' {
  if (dispatcher) return 'undici';
  const { httpProxy, httpsProxy } = proxySettings(env);
  return httpProxy || httpsProxy ? 'undici' : 'node';
}

/** An error with one of the transport codes HttpClient classifies (names as undici's, so both transports read alike). */
export function transportError(code: 'UND_ERR_HEADERS_TIMEOUT' | 'UND_ERR_BODY_TIMEOUT' | 'UND_ERR_CONNECT_TIMEOUT' | 'UND_ERR_SOCKET'): Error {
  const [name, message] = {
    UND_ERR_HEADERS_TIMEOUT: ['HeadersTimeoutError', 'Headers Timeout Error'],
    UND_ERR_BODY_TIMEOUT: ['BodyTimeoutError', 'Body Timeout Error'],
    UND_ERR_CONNECT_TIMEOUT: ['ConnectTimeoutError', 'Connect Timeout Error'],
    UND_ERR_SOCKET: ['SocketError', 'other side closed'],
  }[code];
  const err = new Error(message);
  err.name = name;
  return Object.assign(err, { code });
}
