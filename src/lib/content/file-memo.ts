/**
 * What the build's passes read out of a file (a page's hreflang links and
 * lastmod, its CSP hashes, a release's translation key), remembered between
 * builds in the cache folder by the file's inode, size and modification time:
 * a rebuild reads only the files that were written again. A page Astro left in
 * place (src/integrations/kept-dist.ts) keeps all three; a page written again,
 * or a new output folder, gets new ones and is read. Build side only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

type Entry<T> = [ino: number, size: number, mtimeMs: number, value: T];

/**
 * The value as a later build reads it back from the memo file: a copy through JSON. A string a
 * regular expression or slice takes out of a file's text is, in V8, a view that keeps the whole
 * text alive; kept in the memo, those views held every page read (10,000 releases: ≈ 0.4 GiB
 * for the sitemap's pass, as much for the CSP hashes'; docs/benchmark.md). The copy holds none.
 */
const ownCopy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)) as T);

export class FileMemo<T> {
  #file: string;
  #version: string;
  #before: Record<string, Entry<T>> | undefined;
  #now: Record<string, Entry<T>> = {};
  /** How many files were read in this build, and how many answered from the memo. */
  read = 0;
  remembered = 0;

  /** `file` holds the memo; `version` names the reading rules: another version reads everything again. */
  constructor(file: string, version: string) {
    this.#file = file;
    this.#version = version;
  }

  #load(): Record<string, Entry<T>> {
    if (this.#before) return this.#before;
    try {
      const saved = JSON.parse(readFileSync(this.#file, 'utf8')) as { version: string; entries: Record<string, Entry<T>> };
      this.#before = saved.version === this.#version ? saved.entries : {};
    } catch { this.#before = {}; }
    return this.#before;
  }

  /** What `readFacts` gives for the file at `path` (absolute), from the memo when the file is unchanged. */
  get(path: string, readFacts: (path: string) => T): T {
    return this.#answer(path, statSync(path), readFacts);
  }

  /** As `get`, or undefined when there is no file at `path`: one stat, no existsSync before it. */
  getIfThere(path: string, readFacts: (path: string) => T): T | undefined {
    const s = statSync(path, { throwIfNoEntry: false });
    return s ? this.#answer(path, s, readFacts) : undefined;
  }

  #answer(path: string, s: Stats, readFacts: (path: string) => T): T {
    const known = this.#load()[path];
    if (known && known[0] === s.ino && known[1] === s.size && known[2] === s.mtimeMs) {
      this.#now[path] = known;
      this.remembered++;
      return known[3];
    }
    const value = ownCopy(readFacts(path));
    this.#now[path] = [s.ino, s.size, s.mtimeMs, value];
    this.read++;
    return value;
  }

  /** Writes the files asked about in this build (the others are forgotten). */
  save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify({ version: this.#version, entries: this.#now }));
  }
}

/** A memo version from the source files whose rules read the facts: edit a rule, read everything again. */
export function sourceVersion(...files: (string | URL)[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}
