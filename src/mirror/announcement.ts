/**
 * The start-up announcement of `terraform cache serve`: exactly ONE JSON line on stdout once
 * the proxy accepts connections. The writer (the serve command) and the readers (the
 * tf-mirror action's supervisor, scripts) share this module, so there is one spelling of
 * each field: snake_case on the wire, camelCase in code.
 */
export interface ServeAnnouncement {
  /** Base URL of the proxy, with its per-run secret path segment. */
  url: string;
  /** The CLI config file Terraform must use (TF_CLI_CONFIG_FILE). */
  cliConfig: string;
  mode?: string;
  pid?: number;
  port?: number;
  secret?: string;
  mirrorUrl?: string;
  root?: string;
  hosts?: string[];
  /** Control listener (`report`, `stop`) for the process that started the proxy. */
  controlUrl?: string;
  /** Variables for Terraform (TF_CLI_CONFIG_FILE, and SSL_CERT_FILE in mirror mode on Linux). */
  env: Record<string, string>;
}

/** The one JSON line, newline included. */
export function formatAnnouncement(a: ServeAnnouncement): string {
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
export function jsonLines(log: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of log.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{') || !t.endsWith('}')) continue;
    try {
      const v = JSON.parse(t) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v as Record<string, unknown>);
    } catch {
      /* a log line that merely looks like JSON */
    }
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** The first announcement in `log` (other lines ignored), or undefined while there is none. */
export function parseAnnouncement(log: string): ServeAnnouncement | undefined {
  for (const o of jsonLines(log)) {
    const url = str(o.url);
    const cliConfig = str(o.cli_config);
    if (!url || !cliConfig) continue;
    const env: Record<string, string> = {};
    const rawEnv = o.env && typeof o.env === 'object' ? (o.env as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(rawEnv)) if (typeof v === 'string') env[k] = v;
    const hosts = Array.isArray(o.hosts) ? o.hosts.filter((h): h is string => typeof h === 'string') : undefined;
    const a: ServeAnnouncement = { url, cliConfig, env };
    const optional: Partial<ServeAnnouncement> = {
      mode: str(o.mode),
      pid: num(o.pid),
      port: num(o.port),
      secret: str(o.secret),
      mirrorUrl: str(o.mirror_url),
      root: str(o.root),
      hosts,
      controlUrl: str(o.control_url),
    };
    for (const [k, v] of Object.entries(optional)) if (v !== undefined) (a as unknown as Record<string, unknown>)[k] = v;
    return a;
  }
  return undefined;
}
