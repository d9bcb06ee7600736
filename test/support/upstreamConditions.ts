import type http from 'node:http';

/**
 * Internet-like conditions for the loopback fakes (githubUpstream.ts, terraformRegistry.ts),
 * as an option that is off unless a caller passes it: tests keep their zero-latency fakes,
 * the job benchmark (bench/job.bench.ts) turns it on.
 *
 *   const conditions = new UpstreamConditions({ apiLatencyMs: 120, downloadLatencyMs: 40, bytesPerSecond: 40e6 });
 *   const up = await startGithubUpstream({ conditions });
 *   conditions.faults = { failureRate: 0.02, seed: 7 };      // 2 % of requests: 5xx or reset
 *   conditions.outage(Date.now() + 1000, 30_000);            // every request in that window: 503
 *   conditions.stats                                          // requests, failures, body bytes sent
 *
 * - Latency is time to first byte: the response starts that long after the request arrived
 *   (API/metadata and downloads get different values; the fake says which a request is).
 * - Bandwidth is per response, i.e. per connection (a keep-alive connection carries one
 *   response at a time): bodies are written in slices paced to `bytesPerSecond`, so N
 *   parallel downloads get N × the bandwidth, as from a CDN.
 * - Faults are drawn from a seeded generator, so a run can be repeated; a failing request
 *   answers 502 or has its connection reset before any byte (half each).
 */
export interface ConditionsOptions {
  /** Time to first byte of API / registry metadata requests (ms). */
  apiLatencyMs?: number;
  /** Time to first byte of file downloads (ms). */
  downloadLatencyMs?: number;
  /** Per-connection bandwidth for response bodies (bytes/s); 0 or unset = unlimited. */
  bytesPerSecond?: number;
}

export interface FaultSchedule {
  /** Share of requests that fail (0–1): half answer 502, half get their connection reset. */
  failureRate: number;
  /** Seed of the generator that picks the failing requests. */
  seed: number;
}

export type RequestKind = 'api' | 'download';

export interface ConditionsStats {
  requests: number;
  /** Requests answered with a random 502 or reset, and requests refused during an outage. */
  failures: number;
  outageRefusals: number;
  /** Response body bytes written (headers not counted). */
  bytes: number;
}

/** mulberry32: small, fast, good enough to pick failing requests reproducibly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLICE = 256 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class UpstreamConditions {
  readonly stats: ConditionsStats = { requests: 0, failures: 0, outageRefusals: 0, bytes: 0 };
  private faultSchedule: FaultSchedule | undefined;
  private random: () => number = Math.random;
  private outages: { start: number; end: number }[] = [];

  /** Off: requests go straight to the fake (set-up steps that should not pay the model). */
  enabled = true;

  constructor(readonly options: ConditionsOptions = {}) {}

  /** Random failures from now on (undefined: none). Re-seeds the generator. */
  set faults(schedule: FaultSchedule | undefined) {
    this.faultSchedule = schedule;
    if (schedule) this.random = seeded(schedule.seed);
  }

  get faults(): FaultSchedule | undefined {
    return this.faultSchedule;
  }

  /** Refuse every request (503) from `startMs` (epoch ms) for `durationMs`. */
  outage(startMs: number, durationMs: number): void {
    this.outages.push({ start: startMs, end: startMs + durationMs });
  }

  clearFaults(): void {
    this.faultSchedule = undefined;
    this.outages = [];
  }

  resetStats(): void {
    Object.assign(this.stats, { requests: 0, failures: 0, outageRefusals: 0, bytes: 0 });
  }

  /**
   * Wrap a fake's request handler: wait the time to first byte, apply the fault schedule,
   * then let the handler answer with its body bytes counted and paced.
   */
  wrap(kindOf: (req: http.IncomingMessage) => RequestKind, handler: http.RequestListener): http.RequestListener {
    return (req, res) => {
      if (!this.enabled) return handler(req, res);
      this.stats.requests++;
      const kind = kindOf(req);
      const latency = (kind === 'api' ? this.options.apiLatencyMs : this.options.downloadLatencyMs) ?? 0;
      const now = Date.now();
      const inOutage = this.outages.some((o) => now >= o.start && now < o.end);
      const fail = !inOutage && this.faultSchedule !== undefined && this.random() < this.faultSchedule.failureRate;
      const reset = fail && this.random() < 0.5;
      void (async () => {
        if (latency > 0) await sleep(latency);
        if (inOutage) {
          this.stats.outageRefusals++;
          return void res.writeHead(503, { 'content-type': 'application/json' }).end('{"errors":["upstream outage (fault schedule)"]}');
        }
        if (fail) {
          this.stats.failures++;
          if (reset) return void req.socket.destroy();
          return void res.writeHead(502, { 'content-type': 'application/json' }).end('{"errors":["bad gateway (fault schedule)"]}');
        }
        this.meter(res);
        handler(req, res);
      })();
    };
  }

  /** Count body bytes, and pace `end(body)` to the bandwidth (slices written as the budget allows, honouring back-pressure). */
  private meter(res: http.ServerResponse): void {
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    const size = (chunk: unknown) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      this.stats.bytes += size(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    const bps = this.options.bytesPerSecond ?? 0;
    res.end = ((...args: unknown[]) => {
      const body = args[0];
      if (!(body instanceof Uint8Array) || bps <= 0 || body.length <= SLICE) {
        this.stats.bytes += typeof body === 'function' ? 0 : size(body);
        return end(...args);
      }
      void this.paced(res, Buffer.from(body.buffer, body.byteOffset, body.length), bps, write, end);
      return res;
    }) as typeof res.end;
  }

  private async paced(res: http.ServerResponse, body: Buffer, bps: number, write: (chunk: unknown) => boolean, end: () => http.ServerResponse): Promise<void> {
    const start = Date.now();
    for (let off = 0; off < body.length; off += SLICE) {
      if (res.destroyed) return;
      const slice = body.subarray(off, off + SLICE);
      this.stats.bytes += slice.length;
      if (!write(slice)) {
        await new Promise<void>((resume) => {
          const done = () => {
            res.off('drain', done).off('close', done);
            resume();
          };
          res.on('drain', done).on('close', done);
        });
      }
      const due = start + ((off + slice.length) / bps) * 1000;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
    }
    if (!res.destroyed) end();
  }
}
