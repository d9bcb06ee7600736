import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTemplate, TemplateError } from '../../../src/toolchain/registry/goTemplate.js';

const data = { Version: 'v1.2.3', SemVer: 'v1.2.3', OS: 'linux', Arch: 'amd64', GOOS: 'linux', GOARCH: 'amd64', Format: 'tar.gz', Vars: { channel: 'stable' } };

describe('Go text/template subset with sprig functions', () => {
  it('renders fields and text', () => {
    assert.equal(renderTemplate('tool_{{.Version}}_{{.OS}}_{{.Arch}}.{{.Format}}', data), 'tool_v1.2.3_linux_amd64.tar.gz');
    assert.equal(renderTemplate('{{ .Vars.channel }}', data), 'stable');
  });

  it('calls functions with sprig argument order and pipelines', () => {
    assert.equal(renderTemplate('{{trimV .Version}}', data), '1.2.3');
    assert.equal(renderTemplate('{{.Version|trimV}}', data), '1.2.3');
    assert.equal(renderTemplate('{{trimPrefix "v1." .Version}}', data), '2.3');
    assert.equal(renderTemplate('{{trimPrefix "rc/" .Version | trimV}}', { ...data, Version: 'rc/v2.0' }), '2.0');
    assert.equal(renderTemplate('{{.Version | trimSuffix ".3"}}', data), 'v1.2');
    assert.equal(renderTemplate('{{replace "." "" .Version}}', data), 'v123');
    assert.equal(renderTemplate('{{trimV .Version | replace ".0-RC" "-rc-" | trimSuffix ".0"}}', { ...data, Version: 'v3.9.0-RC1.0' }), '3.9-rc-1');
    assert.equal(renderTemplate('{{title .OS}}', data), 'Linux');
    assert.equal(renderTemplate('{{title "x86_64-apple darwin"}}', data), 'X86_64-Apple Darwin');
    assert.equal(renderTemplate('{{.Version | regexFind "^[^-]+"}}', { ...data, Version: 'go1.22-x' }), 'go1.22');
  });

  it('supports index/splitList and (semver .Version).Major/.Minor', () => {
    assert.equal(renderTemplate('{{ index (splitList "." (trimV .Version)) 1 }}', data), '2');
    assert.equal(renderTemplate('v{{(semver .Version).Major}}.{{(semver .Version).Minor}}', data), 'v1.2');
  });

  it('supports if eq … else … end and trim markers', () => {
    const t = '{{if eq .GOOS "darwin"}}universal{{else}}{{.Arch}}{{end}}';
    assert.equal(renderTemplate(t, data), 'amd64');
    assert.equal(renderTemplate(t, { ...data, GOOS: 'darwin' }), 'universal');
    assert.equal(renderTemplate('{{if eq .GOOS "darwin"}}mac{{else if eq .GOOS "linux"}}lin{{else}}win{{end}}', data), 'lin');
    assert.equal(renderTemplate('a  {{- .OS -}}  b', data), 'alinuxb');
  });

  it('fails loudly on unknown functions, fields and constructs', () => {
    assert.throws(() => renderTemplate('{{env "HOME"}}', data), TemplateError);
    assert.throws(() => renderTemplate('{{.Nope}}', data), /can't evaluate field Nope/);
    assert.throws(() => renderTemplate('{{range .Vars}}x{{end}}', data), /not supported/);
    assert.throws(() => renderTemplate('{{.Version', data), /unclosed/);
    assert.throws(() => renderTemplate('{{if .OS}}x', data), /missing \{\{end\}\}/);
  });
});
