/**
 * Keeps the output folder between builds instead of letting Astro empty it.
 * Astro's incremental build leaves a page it skips where it is when the file is
 * already in the output folder (it copies it from the cache otherwise), so an
 * unchanged page then costs nothing: no delete, no copy. Emptying and re-copying
 * 30,000 files was the largest fixed cost of a rebuild (docs/benchmark.md).
 *
 * The folder is kept only when it is exactly what the last successful build with
 * this cache left (the seal: the same folder and the same _headers file, which
 * every build writes). Otherwise Astro empties it as usual. At astro:build:done,
 * before any pass reads the folder, every file this build neither wrote nor kept
 * as a page is deleted, so the folder then holds what a build from scratch holds.
 * dist/pagefind/ is left to the search index, which keeps it exact itself
 * (src/lib/search/build-index.ts). The folder is listed as soon as it is known to be kept, by a
 * worker thread while Astro syncs the content (≈ 0.9 s of 65,000 files at 10,000 releases):
 * a file this build adds is never stale, so the files there before it are the ones to look at.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { workerAnswer } from './worker-answer.ts';

/** Folders below the output folder that their own pass keeps exact. */
export const SELF_KEPT = ['pagefind/'];
const SEAL_FILE = 'kept-dist.json';
/** Written by every build (src/integrations/security-headers.ts). */
const SEALED = '_headers';

export interface Seal { outDir: string; ino: number; size: number; mtimeMs: number }

/** The seal of an output folder as it is now, or undefined when it has no _headers. */
export function sealOf(outDir: string): Seal | undefined {
  const file = join(outDir, SEALED);
  if (!existsSync(file)) return undefined;
  const s = statSync(file);
  return { outDir: resolve(outDir), ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
}

/** True when `outDir` is what the build that wrote `seal` left. */
export function matchesSeal(outDir: string, seal: Seal | undefined): boolean {
  const now = sealOf(outDir);
  return !!seal && !!now && JSON.stringify(now) === JSON.stringify(seal);
}

/**
 * The files to delete: outside the self-kept folders, not a page this build kept
 * (`kept`, paths relative to the output folder) and not written since `since` (ms).
 * `mtimeOf` is asked only for the files left after the first two tests: on a
 * rebuild nearly every file is a kept page, and a stat of each was most of this pass.
 * It gives undefined for a file gone since `paths` was listed: nothing to delete.
 */
export function staleFiles(paths: readonly string[], since: number, kept: ReadonlySet<string>, mtimeOf: (path: string) => number | undefined, selfKept: readonly string[] = SELF_KEPT): string[] {
  return paths.filter((p) => {
    if (selfKept.some((d) => p.startsWith(d)) || kept.has(p)) return false;
    const mtime = mtimeOf(p);
    return mtime !== undefined && mtime < since;
  });
}

/** The files Astro built (`assets` of astro:build:done), kept pages included, once each, as absolute paths. */
export const builtFiles = (assets: ReadonlyMap<string, readonly URL[]>): string[] =>
  [...new Set([...assets.values()].flat().map((url) => fileURLToPath(url)))];

/** A file's path from `dir`, by slicing when it is below it: path.relative() of 14,000 pages took 0.1 s. */
export function pathsFrom(dir: string): (file: string) => string {
  const root = resolve(dir);
  return (file) => (file.startsWith(root) && file[root.length] === sep ? file.slice(root.length + 1) : relative(root, file)).split('\\').join('/');
}

/**
 * Every file below `dir`, relative to it. Cut out of each entry's folder rather than through
 * path.relative(): that was a third of this pass over the 65,000 files of a 10,000-release site.
 */
export function filesOf(dir: string): string[] {
  const root = resolve(dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) => (d.parentPath.length > root.length ? `${d.parentPath.slice(root.length + 1)}/${d.name}` : d.name).split('\\').join('/'));
}

/** `filesOf(dir)` in a worker thread, so that the listing costs the build's thread nothing. */
export const filesOfLater = (dir: string): Promise<string[]> =>
  workerAnswer(new URL('./kept-dist-worker.ts', import.meta.url), dir, "the output folder's listing");

/**
 * Removes the folders that deleting `deleted` left empty, deepest first, up to `dir` (not `dir` itself).
 * Only theirs: the folder held no empty folder before (a cold build writes none, and every rebuild ends here).
 */
export function removeEmptyParents(dir: string, deleted: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of deleted) {
    for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) folders.add(file.slice(0, at));
  }
  // Longest first: a folder's children before it.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const full = join(dir, folder);
    if (existsSync(full) && !readdirSync(full).length) rmdirSync(full);
  }
}

/**
 * Two integrations: `prune` (before every pass that reads the output folder) and
 * `seal` (after every pass that writes it), and `listed()`: the files of the kept folder
 * as the build found it (undefined when it is not kept, or before the build starts). `written`: files of this build that
 * are not Astro's outputs (paths relative to the output folder). `staged` is true when the site is
 * built in a staging folder and moved afterwards: nothing to keep then.
 */
export function keptDist(staged: boolean, written: () => readonly string[] = () => []): { prune: AstroIntegration; seal: AstroIntegration; listed: () => Promise<string[]> | undefined } {
  let sealFile = '';
  let outDir = '';
  let since = 0;
  let kept = false;
  let listing: Promise<string[]> | undefined;
  const prune: AstroIntegration = {
    name: 'press-kept-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        sealFile = fileURLToPath(new URL(SEAL_FILE, config.cacheDir));
        outDir = fileURLToPath(config.outDir);
        let seal: Seal | undefined;
        try { seal = JSON.parse(readFileSync(sealFile, 'utf8')) as Seal; } catch { seal = undefined; }
        kept = !staged && matchesSeal(outDir, seal);
        listing = undefined;
        if (kept) {
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          listing = filesOfLater(outDir);
          // Awaited at build:done; a build that stops before then is not to crash on it as well.
          listing.catch(() => undefined);
        }
        logger.info(kept ? 'keeping the output folder of the last build' : 'output folder emptied (no sealed last build)');
      },
      'astro:build:start': () => {
        // Gone from here until this build succeeds: a build that stops half-way leaves a folder not to keep.
        // Not before: a build the content check refuses (it passes before this hook) has written nothing.
        if (sealFile) rmSync(sealFile, { force: true });
        // A little before now: file times come from a coarser clock than Date.now().
        since = Date.now() - 20;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!kept || !listing) return;
        const out = fileURLToPath(dir);
        const before = await listing;
        const pages = new Set(builtFiles(assets).map(pathsFrom(out)));
        // Files the build put there itself, which may be older than the build (links to a cache: cards.ts).
        for (const file of written()) pages.add(file);
        const stale = staleFiles(before, since, pages, (file) => statSync(join(out, file), { throwIfNoEntry: false })?.mtimeMs);
        for (const file of stale) unlinkSync(join(out, file));
        removeEmptyParents(out, stale);
        logger.info(`${stale.length} file(s) of the last build no longer built: deleted`);
      },
    },
  };
  const seal: AstroIntegration = {
    name: 'press-kept-dist-seal',
    hooks: {
      'astro:build:done': () => {
        if (staged || !sealFile) return;
        const now = sealOf(outDir);
        if (!now) return;
        mkdirSync(resolve(sealFile, '..'), { recursive: true });
        writeFileSync(sealFile, JSON.stringify(now));
      },
    },
  };
  return { prune, seal, listed: () => listing };
}
