// The README's quick start, as a newcomer runs it: the packed tarball installed into a new project
// under /tmp, the README's code block compiled there with tsc --strict and run against the stub.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contractViolations, journal, startStub } from './harness.js';
import type { RunningStub } from './harness.js';

const moduleRoot = new URL('../../../', import.meta.url).pathname;

function quickStartBlock(): string {
  const readme = readFileSync(join(moduleRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  assert.ok(match?.[1] !== undefined, 'README.md has no ```ts block under "## Quick start"');
  return match[1];
}

describe('the README quick start', () => {
  let stub: RunningStub;
  let project: string;
  before(async () => {
    stub = await startStub();
    project = mkdtempSync(join(tmpdir(), 'sdk-ts-quickstart-'));
  });
  after(async () => {
    await stub.stop();
    rmSync(project, { recursive: true, force: true });
  });

  it('is at most ten lines of code', () => {
    assert.ok(quickStartBlock().trimEnd().split('\n').length <= 10);
  });

  it('installs from the packed tarball, compiles strictly and gets its answer from the stub', async () => {
    const tarballs = readdirSync(join(moduleRoot, 'target')).filter((name) => name.endsWith('.tgz'));
    assert.equal(tarballs.length, 1, `expected one npm tarball in target/ (the package phase writes it), found ${tarballs.join(', ')}`);
    const tarball = join(moduleRoot, 'target', tarballs[0] ?? '');
    const code = quickStartBlock();
    assert.ok(code.includes('http://localhost:8080'), 'the quick start names the stub\'s default URL');

    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'quickstart', private: true, type: 'module' }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: ['node'], typeRoots: [join(moduleRoot, 'node_modules/@types')], skipLibCheck: false },
        files: ['quickstart.ts'],
      }),
    );
    writeFileSync(join(project, 'quickstart.ts'), code.replace('http://localhost:8080', stub.baseUrl));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, stdio: 'pipe' });
    execFileSync(process.execPath, [join(moduleRoot, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, stdio: 'pipe' });

    const output = execFileSync(process.execPath, [join(project, 'quickstart.js')], { cwd: project, encoding: 'utf8' });
    const requests = await journal(stub);
    assert.equal(requests.length, 1, 'the quick start sent one request');
    assert.equal(requests[0]?.response?.status, 200);
    assert.match(output, /^job /, `unexpected output: ${output}`);
    assert.deepEqual(await contractViolations(stub), []);
  });
});
