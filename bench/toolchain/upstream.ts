import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { startGithubUpstream, type GithubUpstream } from '../../test/support/githubUpstream.js';
import { tarBuffer, tarGz, zipBuffer } from '../../test/support/archives.js';
import { startApiShim } from './githubApiShim.js';
import { DOWNLOAD_HOSTS, type BenchTool } from './tools.js';

/**
 * The loopback upstream both installers download from: the project's fake GitHub
 * (test/support/githubUpstream.ts — releases API + release downloads) plus its plain download
 * host standing in for releases.hashicorp.com, get.helm.sh and dl.k8s.io. Every asset is a
 * real archive holding a shell script that prints the tool's version, padded with random
 * comment bytes so downloads, hashing and extraction do real work.
 */
export interface BenchUpstream {
  up: GithubUpstream;
  /** API base (through the shim) for GITHUB_API_URL. */
  apiUrl: string;
  /** Upstream URL prefix → fake URL prefix (mise `url_replacements`, atmos-ts `toolchain.url_replacements`). */
  replacements: Record<string, string>;
  /** Total bytes of the 10 assets. */
  assetBytes: number;
  /** Requests since the last `up.resetCounts()`: all, to the API, and downloads of paths the fake does not serve (404s). */
  counts(): { total: number; api: number; misses: number };
  close(): Promise<void>;
}

export function fakeBinary(tool: BenchTool, bytes: number): Buffer {
  const head = `#!/bin/sh\necho "${tool.bin} version v${tool.version}"\nexit 0\n`;
  // Padding that compresses poorly (base64 of random bytes) in comment lines, ~bytes in total.
  const pad = randomBytes(Math.max(0, Math.floor((bytes - head.length) * 0.75)))
    .toString('base64')
    .replace(/(.{76})/g, '# $1\n');
  return Buffer.from(`${head}# ${pad}\n`);
}

async function buildAsset(tool: BenchTool, binary: Buffer): Promise<Buffer> {
  const entries = [
    { name: tool.inner, body: binary, mode: 0o755 },
    { name: path.posix.join(path.posix.dirname(tool.inner), 'LICENSE'), body: 'fake license\n', mode: 0o644 },
  ];
  switch (tool.kind) {
    case 'raw':
      return binary;
    case 'zip':
      return zipBuffer(entries);
    case 'tar.gz':
      return tarGz(entries);
    case 'tar.xz':
      // Not archives.ts's tarXz: its execFileSync keeps the 1 MiB default maxBuffer.
      return execFileSync('xz', ['-z', '-c', '-T1', '-6'], { input: tarBuffer(entries), maxBuffer: 1 << 30 });
  }
}

function checksumFile(tool: BenchTool, asset: Buffer): string {
  const name = path.posix.basename(new URL(tool.assetUrl).pathname);
  const sha256 = createHash('sha256').update(asset).digest('hex');
  // A second (darwin) line, as real lists have, so the parser must pick the right entry.
  const other = name.replace(/linux/, 'darwin').replace(/amd64|x86_64/, 'arm64');
  const otherHash = createHash('sha256').update(other).digest('hex');
  switch (tool.checksum?.shape) {
    case 'single':
      return `${sha256}\n`;
    case 'bsd-sha512': {
      const sha512 = createHash('sha512').update(asset).digest('hex');
      const otherSha512 = createHash('sha512').update(other).digest('hex');
      return `SHA512 (${other}) = ${otherSha512}\nSHA512 (${name}) = ${sha512}\n`;
    }
    default:
      return `${otherHash}  ${other}\n${sha256}  ${name}\n`;
  }
}

/** Publish `body` at the fake's equivalent of upstream `url`; returns the fake-side path. */
function serve(up: GithubUpstream, url: string, body: Buffer): string {
  const gh = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/(.+)$/.exec(url);
  if (gh) {
    up.addRelease(gh[1], gh[2], gh[3], { [gh[4]]: body });
    return url.slice('https://github.com'.length);
  }
  const host = Object.keys(DOWNLOAD_HOSTS).find((h) => url.startsWith(`${h}/`));
  if (!host) throw new Error(`bench: no fake host for ${url}`);
  const fakePath = DOWNLOAD_HOSTS[host] + url.slice(host.length);
  up.addFile(fakePath, body);
  return fakePath;
}

export async function startBenchUpstream(tools: BenchTool[], binaryBytes: number): Promise<BenchUpstream> {
  const up = await startGithubUpstream();
  let assetBytes = 0;
  const served = new Set<string>();
  for (const tool of tools) {
    const asset = await buildAsset(tool, fakeBinary(tool, binaryBytes));
    assetBytes += asset.length;
    served.add(serve(up, tool.assetUrl, asset));
    if (tool.checksum) served.add(serve(up, tool.checksum.url, Buffer.from(checksumFile(tool, asset))));
    // Tools downloaded from other hosts still have GitHub releases (version listings use them).
    if (!tool.assetUrl.startsWith('https://github.com/')) {
      const [owner, repo] = tool.id.split('/');
      up.addRelease(owner, repo, `v${tool.version}`, {});
    }
  }
  const shim = await startApiShim(up.apiUrl);
  const replacements: Record<string, string> = {
    'https://github.com': up.serverUrl,
    'https://api.github.com': shim.apiUrl,
  };
  for (const [host, prefix] of Object.entries(DOWNLOAD_HOSTS)) replacements[host] = up.downloadUrl + prefix;
  return {
    up,
    apiUrl: shim.apiUrl,
    replacements,
    assetBytes,
    counts: () => ({
      total: up.requests.length,
      api: up.apiCalls(),
      misses: up.requests.filter((r) => !r.path.startsWith('/api/') && !served.has(r.path.split('?')[0])).length,
    }),
    close: async () => {
      await shim.close();
      await up.close();
    },
  };
}
