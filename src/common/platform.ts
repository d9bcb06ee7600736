import { AtmosError } from './errors.js';

/** Go-style platform names, as Aqua, Terraform and the lock file use them. */
export type GoOS = 'linux' | 'darwin' | 'windows' | 'freebsd' | 'openbsd' | 'netbsd' | 'solaris' | 'illumos' | 'aix';
export type GoArch = 'amd64' | 'arm64' | '386' | 'arm' | 'ppc64le' | 's390x' | 'riscv64' | 'loong64' | 'mips64';

export interface Platform {
  os: string;
  arch: string;
}

const nodeToGoOS: Record<string, string> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
  sunos: 'solaris',
  aix: 'aix',
};
const nodeToGoArch: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  ia32: '386',
  arm: 'arm',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  mips64el: 'mips64',
};

/** The platform this process runs on, in Go names (`AQUA_GOOS`/`AQUA_GOARCH` override, for tests). */
export function hostPlatform(env: NodeJS.ProcessEnv = process.env): Platform {
  return {
    os: env.AQUA_GOOS || nodeToGoOS[process.platform] || process.platform,
    arch: env.AQUA_GOARCH || nodeToGoArch[process.arch] || process.arch,
  };
}

/** `linux_amd64` — the key used by lock files and Terraform. */
export function platformKey(p: Platform): string {
  return `${p.os}_${p.arch}`;
}

/** Accepts `linux/amd64`, `linux_amd64` or `linux-amd64`. */
export function parsePlatform(text: string): Platform {
  const m = /^([a-z0-9]+)[/_-]([a-z0-9]+)$/.exec(text.trim().toLowerCase());
  if (!m) {
    throw new AtmosError(`invalid platform "${text}"`, {
      code: 'INVALID_PLATFORM',
      hint: 'Write a platform as os/arch with Go names, e.g. linux/amd64, darwin/arm64, windows/amd64.',
    });
  }
  return { os: m[1], arch: m[2] };
}

/** Node's `process.arch` name for a Go arch (for `@actions/tool-cache`). */
export function nodeArch(goArch: string): string {
  for (const [node, go] of Object.entries(nodeToGoArch)) if (go === goArch) return node;
  return goArch;
}
