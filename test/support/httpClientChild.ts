/**
 * Child process for HttpClient tests that need a process-wide setting (NODE_EXTRA_CA_CERTS is
 * read once, at start): GETs each URL of CHILD_URLS (JSON array) in turn with the env it was
 * given and prints the transport used and each outcome as JSON.
 */
import { HttpClient } from '../../src/common/http.js';

const urls = JSON.parse(process.env.CHILD_URLS!) as string[];
const http = new HttpClient({ retries: 0, headersTimeoutMs: Number(process.env.CHILD_HEADERS_TIMEOUT_MS ?? 20_000) });
const results: { text?: string; netCode?: string; message?: string }[] = [];
for (const url of urls) {
  try {
    results.push({ text: (await http.getText(url)).text });
  } catch (err) {
    results.push({ netCode: (err as { netCode?: string }).netCode, message: (err as Error).message });
  }
}
process.stdout.write(`${JSON.stringify({ transport: (await http.transport()).name, results })}\n`);
