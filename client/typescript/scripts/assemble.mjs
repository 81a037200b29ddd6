// Lays out target/build, the package as it is compiled, tested and packed: the generator has
// written src/generated/ and package.json there; this adds the hand-written layer (src/*.ts),
// the tests (test/*.ts) and the README. The layer imports the generated code as ./generated/,
// which exists only there, so the layer is compiled there and never beside its sources.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('..', import.meta.url).pathname;
const build = join(here, 'target', 'build');
if (!existsSync(join(build, 'src', 'generated', 'client.ts'))) {
  console.error('target/build/src/generated is missing: run the Maven build first (it generates the code from the contract)');
  process.exit(1);
}
for (const folder of ['src', 'test']) {
  mkdirSync(join(build, folder), { recursive: true });
  for (const file of readdirSync(join(build, folder), { withFileTypes: true }).filter((f) => f.isFile())) {
    rmSync(join(build, folder, file.name));
  }
}
for (const [from, to] of [['src', 'src'], ['test', 'test']]) {
  for (const file of readdirSync(join(here, from)).filter((name) => name.endsWith('.ts'))) {
    cpSync(join(here, from, file), join(build, to, file));
  }
}
cpSync(join(here, 'README.md'), join(build, 'README.md'));

// The generator opens its files with /* eslint-disable */ (and tslint's); they ship, so they are
// linted (eslint.config.js says with which rules), and the comment goes.
for (const file of readdirSync(join(build, 'src', 'generated'), { recursive: true, encoding: 'utf8' })) {
  if (file.endsWith('.ts')) {
    const path = join(build, 'src', 'generated', file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^\/\* (eslint-disable|tslint:disable) \*\/\n/gm, ''));
  }
}
