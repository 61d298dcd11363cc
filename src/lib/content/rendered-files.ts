/**
 * A release's rendered HTML kept in a file of its own in the build cache, not in Astro's content store.
 *
 * The store holds every entry in memory during the content sync, is serialised to one string, and is
 * held again by the pages (src/integrations/data-store-from-disk.ts); the rendered HTML was 70 % of it
 * (7.5 of 10.7 M characters at 2,000 releases). So memory grew with the releases' text, and at about
 * 100,000 releases that one string would pass V8's longest string (2^29 − 24 characters), which the
 * sync cannot write. During a build (`npm run build` or `astro build`: the integration names the folder in
 * RENDERED_DIR) the loader stores a short mark in place of the HTML and the HTML in a file named by its
 * hash; the pages read it back when they render the release, and drop it again.
 * `astro dev` does not set the folder, and its store keeps the HTML as Astro made it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The environment variable naming the folder (set by the build's integration; see data-store-from-disk.ts). */
export const RENDERED_DIR = 'PRESS_RENDERED_DIR';
const MARK = '\u0000press-rendered:';
const NAME = /^[0-9a-f]{40}\.html$/;

interface Rendered { html: string; metadata?: unknown }

export const renderedDir = (): string | undefined => process.env[RENDERED_DIR] || undefined;

/** Whether `html` is the mark of HTML kept in a file. */
export const isKept = (html: unknown): html is string => typeof html === 'string' && html.startsWith(MARK);

const hashOf = (html: string): string => createHash('sha1').update(html).digest('hex');
/** Written here, then renamed: whole or not at all, since another build with the same cache may read it meanwhile. */
const partialOf = (file: string): string => `${file}.${process.pid}.tmp`;

/** Writes `html` into `dir` (once per content) and returns the mark the store keeps instead. */
export function keepHtml(dir: string, html: string): string {
  const hash = hashOf(html);
  const file = join(dir, `${hash}.html`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = partialOf(file);
    writeFileSync(partial, html);
    renameSync(partial, file);
  }
  return MARK + hash;
}

/**
 * keepHtml() for a whole content sync: the folder is made and listed once, not asked about per
 * release, and the files are written by Node's file threads while this thread renders the next
 * releases (2,000 releases, cold: the per-file exists, mkdir and write calls were ≈ 1 s of the
 * sync's thread). The mark is known at once; `done()` waits for every file.
 */
export class HtmlWriter {
  private readonly dir: string;
  private readonly have: Set<string>;
  private readonly writes: Promise<void>[] = [];
  private failed: unknown;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
    this.have = new Set(readdirSync(dir).filter((name) => NAME.test(name)));
  }

  keep(html: string): string {
    const hash = hashOf(html);
    const name = `${hash}.html`;
    if (!this.have.has(name)) {
      this.have.add(name);
      const file = join(this.dir, name);
      const partial = partialOf(file);
      this.writes.push(writeFile(partial, html).then(() => rename(partial, file)).catch((e: unknown) => { this.failed ??= e; }));
    }
    return MARK + hash;
  }

  /** Resolves once every file is written; rejects with the first failure. */
  async done(): Promise<void> {
    await Promise.all(this.writes.splice(0));
    if (this.failed) throw this.failed;
  }
}

/** Metadata of a rendering that nothing reads: the copy of the frontmatter, and empty lists. */
const unread = ([key, value]: [string, unknown]): boolean => key === 'frontmatter' || (Array.isArray(value) && !value.length);

/**
 * `rendered` with only the metadata Astro's render() reads (runtime.js: `imagePaths` to put a body's images
 * in, `headings`), and only lists that are not empty. The rest was a quarter of the store Astro serialises
 * after the sync's changes (10,000 releases: 13.3 → 9.8 MB; one serialisation 0.49 → 0.41 s without the
 * frontmatter's copy alone; docs/benchmark.md).
 */
export function leanRendered<T extends Rendered>(rendered: T): T {
  const { metadata, ...rest } = rendered;
  if (!metadata || typeof metadata !== 'object') return rendered;
  const kept = Object.entries(metadata).filter((field) => !unread(field));
  return (kept.length ? { ...rest, metadata: Object.fromEntries(kept) } : rest) as T;
}

/** Whether `rendered` is as leanRendered() leaves it. */
export const isLean = ({ metadata }: Rendered): boolean =>
  !metadata || typeof metadata !== 'object' || !Object.entries(metadata).some(unread);

/** The file a mark stands for. */
function fileOf(mark: string, dir: string | undefined): string {
  if (!dir) throw new Error(`The content store names rendered HTML in a file, but ${RENDERED_DIR} is not set: build with npm run build or astro build.`);
  return join(dir, `${mark.slice(MARK.length)}.html`);
}

/** Whether the file a mark names is there. */
export const keptExists = (dir: string, mark: string): boolean => existsSync(fileOf(mark, dir));

/**
 * `rendered` with its HTML read from its file each time it is asked for (a release page and the feeds
 * that carry its text), so no page keeps the HTML of all releases in memory. Anything else is unchanged.
 */
export function readBack<T extends Rendered>(rendered: T, dir = renderedDir()): T {
  if (!isKept(rendered.html)) return rendered;
  const file = fileOf(rendered.html, dir);
  const copy = { ...rendered };
  Object.defineProperty(copy, 'html', { enumerable: true, get: () => readFileSync(file, 'utf8') });
  return copy;
}

/** Deletes the files in `dir` that no mark in `marks` names (releases removed or edited since). */
export function pruneKept(dir: string, marks: Iterable<string>): number {
  if (!existsSync(dir)) return 0;
  const keep = new Set<string>();
  for (const mark of marks) keep.add(`${mark.slice(MARK.length)}.html`);
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (NAME.test(name) && !keep.has(name)) {
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
