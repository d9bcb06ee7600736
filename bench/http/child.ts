/**
 * One measured process of the http bench (bundled by esbuild, run with plain `node`): load
 * HttpClient, download `count` files of the parent's loopback server with `concurrency`
 * downloads at a time into `dir`, print CPU and wall time as JSON. The parent picks the
 * transport through the environment (a proxy variable with NO_PROXY=* → undici, direct).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const [base, countArg, concurrencyArg, dir] = process.argv.slice(2);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = performance.now();
const c0 = cpu();
const { HttpClient } = await import('../../src/common/http.js');
const http = new HttpClient({ retries: 0 });
const transport = (await http.transport()).name;
const loadCpuMs = cpu() - c0;
const count = Number(countArg);
let next = 0;
const sizes: number[] = [];
await Promise.all(
  Array.from({ length: Number(concurrencyArg) }, async () => {
    for (let i = next++; i < count; i = next++) {
      const dest = path.join(dir, `f${i}.bin`);
      sizes.push((await http.download(`${base}/f${i}.bin`, dest)).size);
      await fs.rm(dest);
    }
  }),
);
console.log(
  JSON.stringify({ transport, loadCpuMs, runCpuMs: cpu() - c0, processCpuMs: cpu(), wallMs: performance.now() - t0, bytes: sizes.reduce((a, b) => a + b, 0) }),
);
