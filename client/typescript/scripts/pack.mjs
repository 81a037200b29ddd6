// npm pack of target/build (the package.json rendered from the contract, dist/, README) into
// target/, replacing an older tarball.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const target = join(new URL('..', import.meta.url).pathname, 'target');
for (const old of readdirSync(target).filter((name) => name.endsWith('.tgz'))) {
  rmSync(join(target, old));
}
execFileSync('npm', ['pack', '--pack-destination', target, join(target, 'build')], { stdio: 'inherit' });
