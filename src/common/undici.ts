/**
 * The two pieces of undici the HTTP client uses behind a proxy (./undiciTransport.ts, loaded
 * only then), imported from their own modules. undici's index loads all of undici (fetch,
 * WebSocket, caches, mocks, interceptors): measured about 5× the load time of these two.
 */
import type { Dispatcher, EnvHttpProxyAgent as EnvHttpProxyAgentClass } from 'undici';
import EnvHttpProxyAgentImpl from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import requestImpl from 'undici/lib/api/api-request.js';

export type { Dispatcher };

/** undici's `EnvHttpProxyAgent` (HTTP(S)_PROXY / NO_PROXY from the environment). */
export const EnvHttpProxyAgent: typeof EnvHttpProxyAgentClass = EnvHttpProxyAgentImpl;

/** undici's `request(url, { dispatcher, … })` without the index's wrapper: the URL becomes origin + path. */
export function request(url: URL, opts: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher }): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = opts;
  return requestImpl.call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}
