/**
 * `npm run bench -- signatures`: the signature-verification part of the toolchain benchmark
 * alone (`npm run bench -- toolchain` runs it too). See bench/toolchain/signatures.ts.
 */
import { runSignatureBench } from './toolchain/signatures.js';

export async function run(): Promise<void> {
  await runSignatureBench();
}
