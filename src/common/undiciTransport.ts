/**
 * HttpClient's transport behind a proxy (or with a caller's dispatcher): undici's
 * `EnvHttpProxyAgent`, one per set of proxy settings per process. Loaded with `await import`
 * only when chosen (see {@link transportKind}), so a run without a proxy never loads undici.
 */

import { EnvHttpProxyAgent, request, type Dispatcher } from './undici.js';
import { proxySettings, type Transport, type TransportRequest, type TransportResponse } from './httpTransport.js';

const proxyAgents = new Map<string, Dispatcher>();

/** The shared proxy-aware agent for this environment's HTTP(S)_PROXY / NO_PROXY (read from `env`, not process.env). */
export function envProxyDispatcher(env: NodeJS.ProcessEnv): Dispatcher {
  const settings = proxySettings(env);
  const key = JSON.stringify(settings);
  let agent = proxyAgents.get(key);
  if (!agent) {
    agent = new EnvHttpProxyAgent({ connections: 32, ...settings });
    proxyAgents.set(key, agent);
  }
  return agent;
}

export function undiciTransport(dispatcher: Dispatcher): Transport {
  return {
    name: 'undici',
    async request(req: TransportRequest): Promise<TransportResponse> {
      const res = await request(req.url, {
        method: req.method as Dispatcher.HttpMethod,
        headers: req.headers,
        body: req.body,
        signal: req.signal,
        dispatcher,
        headersTimeout: req.headersTimeoutMs,
        bodyTimeout: req.bodyTimeoutMs,
      });
      return { status: res.statusCode, headers: res.headers, body: res.body };
    },
  };
}
