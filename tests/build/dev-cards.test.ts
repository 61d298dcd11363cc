import { spawn, type ChildProcess } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_BUILD_TIME, FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_LANGUAGES, ROOT, buildEnv } from '../support/fixture.ts';

// The card route's file name is a rest parameter only for the order Astro builds routes in
// ([...card].png.ts): the dev server must still serve a card at its own address, without a trailing
// slash (as `[...card].ts` it answered 404 there), with the bytes the build writes.
const PORT = 43_000 + (process.pid % 1000);
let dev: ChildProcess;

beforeAll(async () => {
  dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
    cwd: ROOT,
    env: buildEnv(FIXTURE_CONTENT, join(FIXTURE, 'dev-cards/dist'), { PRESS_LANGUAGES: FIXTURE_LANGUAGES, PRESS_BUILD_TIME: FIXTURE_BUILD_TIME, NO_COLOR: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the dev server did not start:\n${out}`)), 90_000);
    dev.stdout!.on('data', (d) => { out += d; if (out.includes(`localhost:${PORT}`)) { clearTimeout(timer); resolve(); } });
    dev.stderr!.on('data', (d) => { out += d; });
  });
}, 120_000);
afterAll(() => { dev?.kill(); });

describe('the dev server', () => {
  it('serves a release\'s card and its shapes at their addresses, the bytes of the build\'s', async () => {
    const [card] = globSync('en/*/*/*/*/og.png', { cwd: FIXTURE_DIST });
    expect(card).toBeDefined();
    for (const file of ['og.png', 'card-4x3.png']) {
      const path = card!.replace(/og\.png$/, file);
      const res = await fetch(`http://localhost:${PORT}/${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(FIXTURE_DIST, path)))).toBe(true);
    }
  });
});
