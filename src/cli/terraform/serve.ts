import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtmosError } from '../../common/errors.js';
import { writeFileAtomic } from '../../common/atomicFile.js';
import { formatAnnouncement, formatReportLine, sessionSettings, startMirrorSession, type MirrorMode, type SavingsReport } from '../../mirror/index.js';
import type { CliContext } from '../context.js';

/**
 * `atmos-ts terraform cache serve`: foreground proxy for other processes (the tf-mirror
 * action spawns it detached). Exactly one JSON line on stdout once ready (mirror/announcement.ts); on SIGINT/SIGTERM
 * (or SIGHUP, or a POST to the control URL) it drains, prints the savings report to stderr,
 * optionally writes it as JSON, and exits 0.
 */
export async function serve(ctx: CliContext, _args: unknown[], opts: Record<string, unknown>): Promise<void> {
  // A detached parent may close our pipes: a failed write must not kill the proxy.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  const config = ctx.config();
  const port = opts.port === undefined ? undefined : parsePort(opts.port);
  const settings = sessionSettings(config, { mode: opts.mode as MirrorMode | undefined, port });
  const session = await startMirrorSession({
    settings,
    env: ctx.env,
    logger: ctx.logger,
    cliConfigOut: typeof opts.cliConfigOut === 'string' ? opts.cliConfigOut : undefined,
  });
  const { server } = session;
  const secret = new URL(server.baseUrl).pathname.split('/')[1]!;
  let stopRequested: (() => void) | undefined;
  const control = await startControl(
    secret,
    () => server.report(),
    () => stopRequested?.(),
  );
  ctx.out.write(
    formatAnnouncement({
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
    }),
  );
  ctx.logger.info(
    `Registry cache proxy (${server.mode} mode) listening on 127.0.0.1:${server.port}; CLI config ${session.cliConfigFile}. Stop with Ctrl-C or SIGTERM.`,
  );

  const reason = await new Promise<string>((resolve) => {
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as NodeJS.Signals[]) process.once(s, () => resolve(s));
    stopRequested = () => resolve('stop request');
  });
  ctx.logger.debug(`${reason}: stopping the registry cache proxy`);
  const report = await session.close();
  await control.close();
  ctx.logger.info(formatReportLine(report));
  for (const w of report.warnings) ctx.logger.warn(`registry cache: ${w}`);
  if (typeof opts.reportFile === 'string') await writeFileAtomic(opts.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = 0;
}

/**
 * A second loopback listener for the process that started us (the tf-mirror action):
 * `GET <control_url>report` → the savings report as JSON (while running), `POST <control_url>stop`
 * → clean stop (the way to stop on Windows, where SIGTERM cannot be sent). Same secret prefix
 * as the proxy, so only whoever read our ready line can use it.
 */
async function startControl(secret: string, report: () => SavingsReport, stop: () => void): Promise<{ url: string; close(): Promise<void> }> {
  const prefix = `/${secret}/_atmos/`;
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (req.url === `${prefix}report` && (req.method === 'GET' || req.method === 'HEAD')) return send(200, report());
    if (req.url === `${prefix}stop` && req.method === 'POST') {
      send(202, { stopping: true });
      return stop();
    }
    send(404, { errors: ['not found'] });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parsePort(value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new AtmosError(`invalid --port ${String(value)}`, { code: 'INVALID_FLAG_VALUE', explanation: '--port takes 0 (any free port) to 65535.' });
  }
  return n;
}
