export const id = 2423;
export const ids = [2423];
export const modules = {

/***/ 92423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serve: () => (/* binding */ serve)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/mirror/session.ts + 1 modules
var mirror_session = __webpack_require__(46453);
;// CONCATENATED MODULE: ./src/mirror/announcement.ts
/** The one JSON line, newline included. */
function formatAnnouncement(a) {
    const line = {
        url: a.url,
        port: a.port,
        secret: a.secret,
        mode: a.mode,
        cli_config: a.cliConfig,
        pid: a.pid,
        mirror_url: a.mirrorUrl,
        root: a.root,
        hosts: a.hosts,
        env: a.env,
        control_url: a.controlUrl,
    };
    return `${JSON.stringify(line)}\n`;
}
/** The JSON objects among a log's lines (the announcement and reports sit among plain log lines). */
function jsonLines(log) {
    const out = [];
    for (const line of log.split('\n')) {
        const t = line.trim();
        if (!t.startsWith('{') || !t.endsWith('}'))
            continue;
        try {
            const v = JSON.parse(t);
            if (v && typeof v === 'object' && !Array.isArray(v))
                out.push(v);
        }
        catch {
            /* a log line that merely looks like JSON */
        }
    }
    return out;
}
const str = (v) => (typeof v === 'string' ? v : undefined);
const num = (v) => (typeof v === 'number' ? v : undefined);
/** The first announcement in `log` (other lines ignored), or undefined while there is none. */
function parseAnnouncement(log) {
    for (const o of jsonLines(log)) {
        const url = str(o.url);
        const cliConfig = str(o.cli_config);
        if (!url || !cliConfig)
            continue;
        const env = {};
        const rawEnv = o.env && typeof o.env === 'object' ? o.env : {};
        for (const [k, v] of Object.entries(rawEnv))
            if (typeof v === 'string')
                env[k] = v;
        const hosts = Array.isArray(o.hosts) ? o.hosts.filter((h) => typeof h === 'string') : undefined;
        const a = { url, cliConfig, env };
        const optional = {
            mode: str(o.mode),
            pid: num(o.pid),
            port: num(o.port),
            secret: str(o.secret),
            mirrorUrl: str(o.mirror_url),
            root: str(o.root),
            hosts,
            controlUrl: str(o.control_url),
        };
        for (const [k, v] of Object.entries(optional))
            if (v !== undefined)
                a[k] = v;
        return a;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/mirror/report.ts
var mirror_report = __webpack_require__(98445);
;// CONCATENATED MODULE: ./src/cli/terraform/serve.ts







/**
 * `atmos-ts terraform cache serve`: foreground proxy for other processes (the tf-mirror
 * action spawns it detached). Exactly one JSON line on stdout once ready (mirror/announcement.ts); on SIGINT/SIGTERM
 * (or SIGHUP, or a POST to the control URL) it drains, prints the savings report to stderr,
 * optionally writes it as JSON, and exits 0.
 */
async function serve(ctx, _args, opts) {
    // A detached parent may close our pipes: a failed write must not kill the proxy.
    process.stdout.on('error', () => { });
    process.stderr.on('error', () => { });
    const config = ctx.config();
    const port = opts.port === undefined ? undefined : parsePort(opts.port);
    const settings = (0,mirror_session/* sessionSettings */.MS)(config, { mode: opts.mode, port });
    let bundleDir;
    if (typeof opts.bundle === 'string') {
        // A bundle is served as it is: verified into a private directory, and nothing fetched upstream.
        const { extractRegistry } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(3777)]).then(__webpack_require__.bind(__webpack_require__, 53777));
        bundleDir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'atmos-bundle-serve-'));
        try {
            const report = await extractRegistry(external_node_path_default().resolve(ctx.cwd, opts.bundle), bundleDir);
            ctx.logger.info(`serving ${report.manifest.providers.length} providers and ${report.manifest.modules.length} modules from ${opts.bundle}`);
        }
        catch (err) {
            await external_node_fs_.promises.rm(bundleDir, { recursive: true, force: true });
            throw err;
        }
        settings.root = bundleDir;
        ctx.env.ATMOS_OFFLINE = '1';
    }
    try {
        await serveWith(ctx, settings, opts);
    }
    finally {
        if (bundleDir)
            await external_node_fs_.promises.rm(bundleDir, { recursive: true, force: true });
    }
}
async function serveWith(ctx, settings, opts) {
    const session = await (0,mirror_session/* startMirrorSession */.Wm)({
        settings,
        env: ctx.env,
        logger: ctx.logger,
        cliConfigOut: typeof opts.cliConfigOut === 'string' ? opts.cliConfigOut : undefined,
    });
    const { server } = session;
    const secret = new URL(server.baseUrl).pathname.split('/')[1];
    let stopRequested;
    const control = await startControl(secret, () => server.report(), () => stopRequested?.());
    ctx.out.write(formatAnnouncement({
        url: server.baseUrl,
        port: server.port,
        secret,
        mode: server.mode,
        cliConfig: session.cliConfigFile,
        pid: process.pid,
        mirrorUrl: server.mirrorUrl,
        root: settings.root,
        hosts: server.hosts,
        env: session.childEnv,
        controlUrl: control.url,
    }));
    ctx.logger.info(`Registry cache proxy (${server.mode} mode) listening on 127.0.0.1:${server.port}; CLI config ${session.cliConfigFile}. Stop with Ctrl-C or SIGTERM.`);
    const reason = await new Promise((resolve) => {
        for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'])
            process.once(s, () => resolve(s));
        stopRequested = () => resolve('stop request');
    });
    ctx.logger.debug(`${reason}: stopping the registry cache proxy`);
    const report = await session.close();
    await control.close();
    ctx.logger.info((0,mirror_report/* formatReportLine */.m3)(report));
    for (const w of report.warnings)
        ctx.logger.warn(`registry cache: ${w}`);
    if (typeof opts.reportFile === 'string')
        await (0,atomicFile/* writeFileAtomic */.Zf)(opts.reportFile, `${JSON.stringify(report, null, 2)}\n`);
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
    const server = external_node_http_default().createServer((req, res) => {
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
        throw new errors/* AtmosError */.f7(`invalid --port ${String(value)}`, { code: 'INVALID_FLAG_VALUE', explanation: '--port takes 0 (any free port) to 65535.' });
    }
    return n;
}


/***/ })

};
