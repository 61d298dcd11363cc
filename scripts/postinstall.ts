/**
 * Run by `npm install` (postinstall), on the project's pinned Node. npm itself checks
 * each package's `engines` against the Node that runs npm; on Node 20 or 22 that
 * flags packages (vitest, astro, lighthouse, …) that never run there, since every
 * npm script runs on the pinned Node. So the project's .npmrc keeps npm to errors,
 * and this checks every installed package against the Node that will run it,
 * saying which would not and what to do. Silent when all is well.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const pinned = process.versions.node;

/** Every package folder below a node_modules folder, nested ones included. */
function* packages(dir: string): Generator<string> {
  let entries: string[];
  try { entries = readdirSync(dir); } catch { return; }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      for (const sub of readdirSync(join(dir, name))) yield* visit(join(dir, name, sub));
    } else yield* visit(join(dir, name));
  }
}
function* visit(folder: string): Generator<string> {
  yield folder;
  yield* packages(join(folder, 'node_modules'));
}

const refused: string[] = [];
for (const folder of packages('node_modules')) {
  let pkg: { name?: string; version?: string; engines?: { node?: unknown } };
  try { pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')); } catch { continue; }
  const range = pkg.engines?.node;
  if (typeof range !== 'string' || !semver.validRange(range)) continue;
  if (!semver.satisfies(pinned, range, { includePrerelease: true })) refused.push(`  ${pkg.name}@${pkg.version} needs Node ${range}`);
}
if (refused.length) {
  console.warn([
    `Warning: ${refused.length} installed package(s) do not support the project's Node ${pinned} (the "node" package in package.json):`,
    ...refused,
    'Pin a Node version they support in package.json ("node" in devDependencies), or an older version of the package.',
  ].join('\n'));
}
