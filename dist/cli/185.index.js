export const id = 185;
export const ids = [185];
export const modules = {

/***/ 30185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envProxyDispatcher: () => (/* binding */ envProxyDispatcher),
  undiciTransport: () => (/* binding */ undiciTransport)
});

// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(53137);
var env_http_proxy_agent_default = /*#__PURE__*/__webpack_require__.n(env_http_proxy_agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/api-request.js
var api_request = __webpack_require__(14043);
var api_request_default = /*#__PURE__*/__webpack_require__.n(api_request);
;// CONCATENATED MODULE: ./src/common/undici.ts


/** undici's `EnvHttpProxyAgent` (HTTP(S)_PROXY / NO_PROXY from the environment). */
const EnvHttpProxyAgent = (env_http_proxy_agent_default());
/** undici's `request(url, { dispatcher, … })` without the index's wrapper: the URL becomes origin + path. */
function request(url, opts) {
    const { dispatcher, ...rest } = opts;
    return api_request_default().call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}

// EXTERNAL MODULE: ./src/common/httpTransport.ts
var httpTransport = __webpack_require__(63536);
;// CONCATENATED MODULE: ./src/common/undiciTransport.ts
/**
 * HttpClient's transport behind a proxy (or with a caller's dispatcher): undici's
 * `EnvHttpProxyAgent`, one per set of proxy settings per process. Loaded with `await import`
 * only when chosen (see {@link transportKind}), so a run without a proxy never loads undici.
 */


const proxyAgents = new Map();
/** The shared proxy-aware agent for this environment's HTTP(S)_PROXY / NO_PROXY (read from `env`, not process.env). */
function envProxyDispatcher(env) {
    const settings = (0,httpTransport/* proxySettings */.EM)(env);
    const key = JSON.stringify(settings);
    let agent = proxyAgents.get(key);
    if (!agent) {
        agent = new EnvHttpProxyAgent({ connections: 32, ...settings });
        proxyAgents.set(key, agent);
    }
    return agent;
}
function undiciTransport(dispatcher) {
    return {
        name: 'undici',
        async request(req) {
            const res = await request(req.url, {
                method: req.method,
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


/***/ })

};
