/** Response helpers shared by the routes. JSON is always `application/json` (Terraform rejects anything else). */

import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { ReportCounters } from '../report.js';
import type { ReportSubject } from '../types.js';

export function sendJson(res: ServerResponse, status: number, body: string | Buffer, extraHeaders: Record<string, string> = {}): void {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': buf.length, ...extraHeaders });
  res.end(res.req.method === 'HEAD' ? undefined : buf);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, JSON.stringify({ errors: [message] }));
}

/** Read size for streaming files: 1 MiB reads measured ~7× faster than 64 KiB for a 200 MB zip (nginx uses sendfile). */
const STREAM_CHUNK = 1024 * 1024;

/**
 * Stream a committed file from disk (never buffered whole). `hit` counts the bytes that
 * actually reached the client as served from cache.
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  contentType: string,
  counting: { report: ReportCounters; hit: boolean; subject?: ReportSubject },
): Promise<void> {
  const handle = await fs.open(file, 'r');
  let size: number;
  try {
    size = (await handle.stat()).size;
  } catch (err) {
    await handle.close();
    throw err;
  }
  res.writeHead(200, { 'content-type': contentType, 'content-length': size, 'accept-ranges': 'none' });
  if (req.method === 'HEAD') {
    await handle.close();
    res.end();
    if (counting.hit) counting.report.hit(0, counting.subject);
    return;
  }
  // The open fd pins the file: a concurrent rename over it cannot tear what we stream.
  const stream = createReadStream('', { fd: handle, highWaterMark: STREAM_CHUNK });
  let sent = 0;
  stream.on('data', (c: Buffer | string) => (sent += c.length));
  try {
    await pipeline(stream, res);
  } catch {
    // Client went away mid-stream; count what it got.
  } finally {
    if (counting.hit) counting.report.hit(sent, counting.subject);
  }
}
