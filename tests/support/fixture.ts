/**
 * The fixture site: the sample content plus the edge cases in
 * tests/fixtures/content, with Arabic (RTL) switched on and a pinned build time.
 * Built once per test run by global-setup.ts; tests read FIXTURE_DIST.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeBoundaryReleases } from './pagination-fixture.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = join(ROOT, '.fixture');
export const FIXTURE_CONTENT = join(FIXTURE, 'content');
export const FIXTURE_DIST = join(FIXTURE, 'dist');
export const FIXTURE_LANGUAGES = 'ru,en,tg,ar';
/** "Now" for the fixture: after every sample release, before the fixture's embargo. */
export const FIXTURE_BUILD_TIME = '2026-06-01T12:00:00Z';

/**
 * Variables a Vitest worker sets (import.meta.env mirrors) that a child build must not inherit:
 * with DEV=1 Astro renders dev-only markup (data-image-component on images).
 */
const VITE_ENV = /^(DEV|PROD|MODE|SSR|BASE_URL|ASSETS_PREFIX|SITE|TEST|NODE_ENV|VITEST.*)$/;

/** Environment for building a site from `content` into `out`: a production build, as deployed. */
export function buildEnv(content: string, out: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.test(key))),
    ASTRO_TELEMETRY_DISABLED: '1',
    PRESS_CONTENT_DIR: content,
    PRESS_OUT_DIR: out,
    PRESS_CACHE_DIR: join(out, '..', 'cache'),
    ...extra,
  };
}

const LOCK = join(FIXTURE, 'build.lock');

/** True when the lock's owner has died without releasing it. */
function abandoned(): boolean {
  let owner = 0;
  try { owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8')); } catch { return false; }
  if (!owner) return false;
  try { process.kill(owner, 0); return false; } catch { return true; }
}

let holding = false;

/**
 * Runs `fn` while no other test worker builds. Every build of this project shares its
 * .astro/ folder (Astro writes content-assets.mjs there), so two at once could mix their assets.
 * Nested calls run inside the outer one's turn.
 */
export function exclusively<T>(fn: () => T): T {
  if (holding) return fn();
  mkdirSync(FIXTURE, { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try { mkdirSync(LOCK); break; } catch { /* held */ }
    if (abandoned()) rmSync(LOCK, { recursive: true, force: true });
    Atomics.wait(pause, 0, 0, 250);
  }
  writeFileSync(join(LOCK, 'pid'), String(process.pid));
  holding = true;
  try { return fn(); } finally { holding = false; rmSync(LOCK, { recursive: true, force: true }); }
}

/** Runs `astro build`, one at a time across test workers; returns its exit status and combined output. */
export function astroBuild(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const run = exclusively(() => spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  }));
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/**
 * Runs `npm run build` (scripts/build.ts: Astro's build, then the search index once Astro's process
 * has ended), one at a time across test workers; returns its exit status and combined output.
 */
export function siteBuild(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const run = exclusively(() => spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  }));
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Copies the sample content and the fixture's additions into one content folder. */
export function assembleContent(target: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(ROOT, 'content'), target, { recursive: true });
  const extra = join(ROOT, 'tests/fixtures/content');
  if (existsSync(extra)) cpSync(extra, target, { recursive: true });
}

export function buildFixture(): void {
  assembleContent(FIXTURE_CONTENT);
  writeBoundaryReleases(FIXTURE_CONTENT);
  // As deployed: `npm run build`. Other test builds run `astro build` alone, which indexes in Astro's last hook.
  const { status, output } = siteBuild(buildEnv(FIXTURE_CONTENT, FIXTURE_DIST, {
    PRESS_LANGUAGES: FIXTURE_LANGUAGES,
    PRESS_BUILD_TIME: FIXTURE_BUILD_TIME,
    // Far from the releases' own zones: a date computed in the machine's zone would show 6 October.
    TZ: 'America/Los_Angeles',
  }));
  if (status !== 0) throw new Error(`fixture build failed:\n${output.slice(-4000)}`);
}
