export const id = 46;
export const ids = [46];
export const modules = {

/***/ 38046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serve: () => (/* binding */ serve)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28786);
/* harmony import */ var _mirror_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98445);
/* harmony import */ var _mirror_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46453);





/**
 * `atmos-ts terraform cache serve`: foreground proxy for other processes (the tf-mirror
 * action spawns it detached). Exactly one JSON line on stdout once ready; on SIGINT/SIGTERM
 * (or SIGHUP, or a POST to the control URL) it drains, prints the savings report to stderr,
 * optionally writes it as JSON, and exits 0.
 */
async function serve(ctx, _args, opts) {
    // A detached parent may close our pipes: a failed write must not kill the proxy.
    process.stdout.on('error', () => { });
    process.stderr.on('error', () => { });
    const config = ctx.config();
    const port = opts.port === undefined ? undefined : parsePort(opts.port);
    const settings = (0,_mirror_session_js__WEBPACK_IMPORTED_MODULE_3__/* .sessionSettings */ .MS)(config, { mode: opts.mode, port });
    const session = await (0,_mirror_session_js__WEBPACK_IMPORTED_MODULE_3__/* .startMirrorSession */ .Wm)({
        settings,
        env: ctx.env,
        logger: ctx.logger,
        cliConfigOut: typeof opts.cliConfigOut === 'string' ? opts.cliConfigOut : undefined,
    });
    const { server } = session;
    const secret = new URL(server.baseUrl).pathname.split('/')[1];
    let stopRequested;
    const control = await startControl(secret, () => server.report(), () => stopRequested?.());
    const ready = {
        url: server.baseUrl,
        port: server.port,
        secret,
        mode: server.mode,
        cli_config: session.cliConfigFile,
        pid: process.pid,
        mirror_url: server.mirrorUrl,
        root: settings.root,
        hosts: server.hosts,
        env: session.childEnv,
        control_url: control.url,
    };
    ctx.out.write(`${JSON.stringify(ready)}\n`);
    ctx.logger.info(`Registry cache proxy (${server.mode} mode) listening on 127.0.0.1:${server.port}; CLI config ${session.cliConfigFile}. Stop with Ctrl-C or SIGTERM.`);
    const reason = await new Promise((resolve) => {
        for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'])
            process.once(s, () => resolve(s));
        stopRequested = () => resolve('stop request');
    });
    ctx.logger.debug(`${reason}: stopping the registry cache proxy`);
    const report = await session.close();
    await control.close();
    ctx.logger.info((0,_mirror_report_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReportLine */ .m3)(report));
    for (const w of report.warnings)
        ctx.logger.warn(`registry cache: ${w}`);
    if (typeof opts.reportFile === 'string')
        await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(opts.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    process.exitCode = 0;
}
/**
 * A second loopback listener for the process that started us (the tf-mirror action):
 * `GET <control_url>report` → the savings report as JSON (while running), `POST <control_url>stop`
 * → clean stop (the way to stop on Windows, where SIGTERM cannot be sent). Same secret prefix
 * as the proxy, so only whoever read our ready line can use it.
 */
async function startControl(secret, report, stop) {
    const prefix = `/${secret}/_atmos/`;
    const server = node_http__WEBPACK_IMPORTED_MODULE_0___default().createServer((req, res) => {
        const send = (status, body) => {
            const text = JSON.stringify(body);
            res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
            res.end(text);
        };
        if (req.url === `${prefix}report` && (req.method === 'GET' || req.method === 'HEAD'))
            return send(200, report());
        if (req.url === `${prefix}stop` && req.method === 'POST') {
            send(202, { stopping: true });
            return stop();
        }
        send(404, { errors: ['not found'] });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}${prefix}`,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function parsePort(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`invalid --port ${String(value)}`, { code: 'INVALID_FLAG_VALUE', explanation: '--port takes 0 (any free port) to 65535.' });
    }
    return n;
}


/***/ })

};
