import assert from 'node:assert/strict';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { tokensFromEnv } from '../../src/mirror/credentials.js';
import {
  cliConfigLocations,
  describeMerge,
  readUserCliConfig,
  renderCliConfig,
  upstreamCredentials,
  writeCliConfig,
  type ProxyCliConfig,
} from '../../src/mirror/cliconfig.js';
import { blockBodies, parseHcl1, singleBody } from '../../src/mirror/hcl1.js';
import { covers } from '../../src/mirror/providerInstallation.js';
import { tempDir } from '../support/tmp.js';

const USER_RC = `
# the user's own settings
plugin_cache_dir = "/home/me/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "user-tfc-token"
}

credentials_helper "vault" {
  args = ["--path", "secret/tf"]
}

/* a private module registry the proxy does not impersonate */
host "tfe.internal.example" {
  services = {
    "modules.v1" = "https://tfe.internal.example/api/registry/v1/modules/"
    "tfe.v2"     = "https://tfe.internal.example/api/v2/"
  }
}

// an override the proxy has to replace
host "registry.terraform.io" {
  services = {
    "providers.v1" = "https://elsewhere.example/v1/providers/"
  }
}

provider_installation {
  filesystem_mirror {
    path = "/usr/share/terraform/providers"
  }
  direct {}
}

motd = <<EOT
hello
EOT
`;

const LOGIN_JSON = JSON.stringify({ credentials: { 'private.registry.example': { token: 'login-token' } } });

function proxyRegistry(): ProxyCliConfig {
  const svc = (h: string) => ({
    'modules.v1': `http://127.0.0.1:9999/s3cr3t/v1/modules/${h}/`,
    'providers.v1': `http://127.0.0.1:9999/s3cr3t/v1/providers/${h}/`,
  });
  return { mode: 'registry', hostServices: { 'registry.terraform.io': svc('registry.terraform.io'), 'registry.opentofu.org': svc('registry.opentofu.org') } };
}

function home(): { home: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir();
  writeFileSync(path.join(dir, '.terraformrc'), USER_RC);
  mkdirSync(path.join(dir, '.terraform.d'));
  writeFileSync(path.join(dir, '.terraform.d', 'credentials.tfrc.json'), LOGIN_JSON);
  return { home: dir, env: {} };
}

describe('Terraform CLI config: reading the user config', () => {
  it('reads ~/.terraformrc plus credentials.tfrc.json from ~/.terraform.d when TF_CLI_CONFIG_FILE is unset', async () => {
    const { home: h, env } = home();
    const user = await readUserCliConfig(cliConfigLocations(env, 'linux', h));
    assert.deepEqual(user.files, [path.join(h, '.terraformrc'), path.join(h, '.terraform.d', 'credentials.tfrc.json')]);
    assert.equal(user.credentials['app.terraform.io']?.token, 'user-tfc-token');
    assert.equal(user.credentials['private.registry.example']?.token, 'login-token');
    assert.deepEqual(user.credentialsHelper, { name: 'vault', body: { args: ['--path', 'secret/tf'] } });
    assert.deepEqual(Object.keys(user.hosts).sort(), ['registry.terraform.io', 'tfe.internal.example']);
    assert.equal(user.other.plugin_cache_dir, '/home/me/.terraform.d/plugin-cache');
    assert.equal(user.other.motd, 'hello\n');
    assert.equal(user.providerInstallation?.file, path.join(h, '.terraformrc'));
    assert.deepEqual(user.providerInstallation?.methods, [
      { kind: 'filesystem_mirror', body: { path: '/usr/share/terraform/providers' } },
      { kind: 'direct', body: {} },
    ]);
  });

  it('with TF_CLI_CONFIG_FILE set reads only that file, as Terraform does', async () => {
    const { home: h } = home();
    const own = path.join(tempDir(), 'my.tfrc');
    writeFileSync(own, 'credentials "only.example" { token = "t" }\n');
    const locations = cliConfigLocations({ TF_CLI_CONFIG_FILE: own }, 'linux', h);
    assert.equal(locations.configDir, undefined);
    const user = await readUserCliConfig(locations);
    assert.deepEqual(user.files, [own]);
    assert.deepEqual(Object.keys(user.credentials), ['only.example']);
  });

  it('uses %APPDATA%/terraform.rc and %APPDATA%/terraform.d on Windows', () => {
    const loc = cliConfigLocations({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32', 'C:\\Users\\me');
    assert.equal(loc.main?.file.endsWith('terraform.rc'), true);
    assert.equal(loc.configDir?.endsWith('terraform.d'), true);
  });

  it('a syntax error names the file', async () => {
    const file = path.join(tempDir(), 'broken.tfrc');
    writeFileSync(file, 'credentials "x" {\n  token = \n');
    await assert.rejects(readUserCliConfig({ main: { file, fromEnv: true } }), (err: unknown) => {
      assert.ok(err instanceof AtmosError);
      assert.equal(err.code, 'HCL_SYNTAX');
      assert.match(err.message, /broken\.tfrc/);
      return true;
    });
  });

  it('no user config at all merges nothing and logs nothing', async () => {
    const user = await readUserCliConfig(cliConfigLocations({}, 'linux', tempDir()));
    assert.deepEqual(user.files, []);
    const { notes } = renderCliConfig(user, proxyRegistry());
    assert.deepEqual(describeMerge(user, notes), {});
  });
});

describe('Terraform CLI config: credentials for the proxy', () => {
  it('TF_TOKEN_* wins over credentials blocks and decodes __, _ and punycode like Terraform', async () => {
    const { home: h } = home();
    const user = await readUserCliConfig(cliConfigLocations({}, 'linux', h));
    const creds = upstreamCredentials(user, {
      TF_TOKEN_app_terraform_io: 'env-token',
      TF_TOKEN_my__registry_example_com: 'dash-token',
      TF_TOKEN_xn____caf__dma_fr: 'cafe-token',
    });
    assert.equal(creds['app.terraform.io'], 'env-token');
    assert.equal(creds['private.registry.example'], 'login-token');
    assert.equal(creds['my-registry.example.com'], 'dash-token');
    assert.equal(creds['xn--caf-dma.fr'], 'cafe-token');
  });

  it('ignores TF_TOKEN_ names that are not hostnames', () => {
    assert.deepEqual(tokensFromEnv({ TF_TOKEN_: 'x', TF_TOKEN__leading: 'y', TF_TOKEN_bad$name: 'z', TF_TOKEN_ok_example: '' }), {});
  });
});

describe('Terraform CLI config: rendering and merging', () => {
  it('registry mode keeps the user settings and their provider_installation as written, replaces the impersonated host blocks — and says so', async () => {
    const { home: h } = home();
    const user = await readUserCliConfig(cliConfigLocations({}, 'linux', h));
    const { text, notes } = renderCliConfig(user, proxyRegistry());
    const parsed = await parseHcl1(text, 'generated');
    assert.equal(parsed.plugin_cache_dir, '/home/me/.terraform.d/plugin-cache');
    assert.equal(parsed.disable_checkpoint, true);
    assert.equal(parsed.motd, 'hello\n');
    const creds = blockBodies(parsed.credentials);
    assert.equal(creds['app.terraform.io']?.token, 'user-tfc-token');
    assert.equal(creds['private.registry.example']?.token, 'login-token');
    assert.deepEqual(blockBodies(parsed.credentials_helper).vault, { args: ['--path', 'secret/tf'] });
    const hosts = blockBodies(parsed.host);
    assert.deepEqual(hosts['tfe.internal.example']?.services, {
      'modules.v1': 'https://tfe.internal.example/api/registry/v1/modules/',
      'tfe.v2': 'https://tfe.internal.example/api/v2/',
    });
    assert.equal(
      (hosts['registry.terraform.io']?.services as Record<string, string>)['providers.v1'],
      'http://127.0.0.1:9999/s3cr3t/v1/providers/registry.terraform.io/',
    );
    assert.equal(
      (hosts['registry.opentofu.org']?.services as Record<string, string>)['modules.v1'],
      'http://127.0.0.1:9999/s3cr3t/v1/modules/registry.opentofu.org/',
    );
    const pi = singleBody(parsed.provider_installation);
    assert.deepEqual(pi, { filesystem_mirror: { path: '/usr/share/terraform/providers' }, direct: {} });
    assert.deepEqual(notes.replaced, ['host "registry.terraform.io"']);
    assert.deepEqual(notes.overlaps, []);
    const log = describeMerge(user, notes);
    assert.match(log.info ?? '', /kept .*credentials for app\.terraform\.io, private\.registry\.example/);
    assert.match(log.info ?? '', /host "tfe\.internal\.example"/);
    assert.match(log.info ?? '', /kept .*provider_installation/);
    assert.match(log.warn ?? '', /replaces host "registry\.terraform\.io" from/);
    assert.doesNotMatch(log.warn ?? '', /provider_installation/);
  });

  it('mirror mode routes the proxied hosts to the network mirror and excludes exactly those from direct', async () => {
    const user = await readUserCliConfig(cliConfigLocations({}, 'linux', tempDir()));
    const proxy: ProxyCliConfig = {
      ...proxyRegistry(),
      mode: 'mirror',
      mirrorUrl: 'https://127.0.0.1:9999/s3cr3t/v1/mirror/',
      mirrorHosts: ['registry.terraform.io', 'registry.opentofu.org', 'private.registry.example'],
    };
    const { text } = renderCliConfig(user, proxy);
    const pi = singleBody((await parseHcl1(text, 'generated')).provider_installation);
    const patterns = ['private.registry.example/*/*', 'registry.opentofu.org/*/*', 'registry.terraform.io/*/*'];
    assert.deepEqual(singleBody(pi?.network_mirror), { url: 'https://127.0.0.1:9999/s3cr3t/v1/mirror/', include: patterns });
    assert.deepEqual(singleBody(pi?.direct), { exclude: patterns });
    // Modules still go through host overrides (there is no module mirror in the CLI config).
    assert.match(text, /host "registry\.terraform\.io"/);
    // The network mirror precedes direct, as Terraform reads methods in order.
    assert.ok(text.indexOf('network_mirror') < text.indexOf('direct'));
  });

  it('mirror mode merges ours into theirs: their mirrors keep their patterns, direct excludes the proxied hosts, overlaps are named', async () => {
    const dir = tempDir();
    const rc = path.join(dir, 'user.tfrc');
    writeFileSync(
      rc,
      `provider_installation {
  direct {
    exclude = ["example.test/*/*"]
  }
  filesystem_mirror {
    path    = "/srv/providers"
    include = ["example.test/*/*"]
  }
  network_mirror {
    url     = "https://corp.example/providers/"
    include = ["registry.terraform.io/hashicorp/*"]
  }
  dev_overrides {
    "example.test/acme/dev" = "/home/me/dev"
  }
}
`,
    );
    const user = await readUserCliConfig(cliConfigLocations({ TF_CLI_CONFIG_FILE: rc }, 'linux', dir));
    const proxy: ProxyCliConfig = {
      ...proxyRegistry(),
      mode: 'mirror',
      mirrorUrl: 'https://127.0.0.1:9999/s3cr3t/v1/mirror/',
      mirrorHosts: ['registry.terraform.io', 'registry.opentofu.org'],
    };
    const { text, notes } = renderCliConfig(user, proxy);
    const parsed = await parseHcl1(text, 'generated');
    const block = (parsed.provider_installation as Record<string, unknown>[])[0] as Record<string, Record<string, unknown>[]>;
    const ours = ['registry.opentofu.org/*/*', 'registry.terraform.io/*/*'];
    assert.deepEqual(block.filesystem_mirror, [{ path: '/srv/providers', include: ['example.test/*/*'] }]);
    assert.deepEqual(block.network_mirror, [
      { url: 'https://corp.example/providers/', include: ['registry.terraform.io/hashicorp/*'] },
      { url: 'https://127.0.0.1:9999/s3cr3t/v1/mirror/', include: ours },
    ]);
    assert.deepEqual(block.direct, [{ exclude: ['example.test/*/*', ...ours] }]);
    assert.deepEqual(block.dev_overrides, [{ 'example.test/acme/dev': '/home/me/dev' }]);
    // Theirs first, then our mirror, then direct.
    assert.ok(text.indexOf('/srv/providers') < text.indexOf('s3cr3t/v1/mirror') && text.indexOf('s3cr3t/v1/mirror') < text.indexOf('direct'));
    // Their corp mirror also covers registry.terraform.io: both sources named.
    assert.equal(notes.overlaps.length, 1);
    const warn = describeMerge(user, notes).warn ?? '';
    assert.match(
      warn,
      /network_mirror "https:\/\/corp\.example\/providers\/" \(.*user\.tfrc\) also covers registry\.terraform\.io, which the registry cache's network_mirror \(atmos-ts\) serves/,
    );
    assert.doesNotMatch(warn, /filesystem_mirror/);
  });

  it('overlap rules: no include covers every host, a whole-host exclude takes it out, ns/type means registry.terraform.io', () => {
    assert.equal(covers({ path: '/p' }, 'registry.terraform.io'), true);
    assert.equal(covers({ include: ['*/*/*'] }, 'registry.opentofu.org'), true);
    assert.equal(covers({ include: ['hashicorp/*'] }, 'registry.terraform.io'), true);
    assert.equal(covers({ include: ['hashicorp/*'] }, 'registry.opentofu.org'), false);
    assert.equal(covers({ exclude: ['registry.terraform.io/*/*'] }, 'Registry.Terraform.io'), false);
    assert.equal(covers({ exclude: ['registry.terraform.io/hashicorp/*'] }, 'registry.terraform.io'), true);
  });

  it('writes the config with mode 0600', async () => {
    const file = path.join(tempDir(), 'sub', 'terraform.rc');
    await writeCliConfig(file, 'disable_checkpoint = true\n');
    assert.equal(statSync(file).mode & 0o777, 0o600);
  });

  it('round-trips strings with quotes, backslashes and non-ASCII', async () => {
    const user = { files: ['x'], credentials: {}, hosts: {}, other: { odd: 'a "quoted" \\ path café' } };
    const { text } = renderCliConfig(user, proxyRegistry());
    assert.equal((await parseHcl1(text, 'generated')).odd, 'a "quoted" \\ path café');
  });
});
