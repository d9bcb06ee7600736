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

/** Names people write for Go's, so a typo gets the right spelling in the hint. */
const goNameFor: Record<string, string> = {
  macos: 'darwin',
  osx: 'darwin',
  win: 'windows',
  win32: 'windows',
  x86_64: 'amd64',
  x64: 'amd64',
  aarch64: 'arm64',
  i386: '386',
  x86: '386',
};

/** Accepts `linux/amd64` (the one documented spelling), `linux_amd64` (lock files, Terraform) or `linux-amd64`. */
export function parsePlatform(text: string): Platform {
  const m = /^([a-z0-9]+)[/_-]([a-z0-9]+)$/.exec(text.trim().toLowerCase()) ?? /^([a-z0-9]+)[/_-](x86_64)$/.exec(text.trim().toLowerCase());
  const os = m && (goNameFor[m[1]] ?? m[1]);
  const arch = m && (goNameFor[m[2]] ?? m[2]);
  if (!m || os !== m[1] || arch !== m[2]) {
    throw new AtmosError(`invalid platform "${text}"`, {
      code: 'INVALID_PLATFORM',
      explanation: 'A platform is os/arch with Go names (os_arch is accepted too), e.g. linux/amd64, linux_arm64, darwin/arm64, windows/amd64.',
      hint: m ? `Did you mean ${os}/${arch}?` : 'Write it as os/arch, e.g. --platform linux/amd64.',
    });
  }
  return { os: m[1], arch: m[2] };
}

/** Node's `process.arch` name for a Go arch (for `@actions/tool-cache`). */
export function nodeArch(goArch: string): string {
  for (const [node, go] of Object.entries(nodeToGoArch)) if (go === goArch) return node;
  return goArch;
}
