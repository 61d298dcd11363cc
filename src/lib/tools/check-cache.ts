/**
 * Remembers the releases that passed every per-file rule, so `npm run check`
 * and the build read only new and changed files again (10,000 files: most of
 * the time is parsing YAML and Markdown). An entry's key is a hash of the
 * file's bytes, its name, the options the rules read (agencies, topics,
 * languages, site origin) and the rules themselves: the source of the content,
 * security and tools modules, the schema, the messages and the lock file's
 * library versions. Any change to one of them gives new keys, so a file is never
 * passed by rules other than the current ones. Only passes are kept: a file
 * with a problem is checked, and reported, every time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ReleaseData } from '../content/release.ts';
import type { BodyImage } from '../security/body-rules.ts';

/** What a pass leaves for the whole-site rules (the line finder is rebuilt from the text when needed). */
export interface Pass { data: ReleaseData; key?: string; dateText?: string; images?: BodyImage[] }

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RULE_DIRS = ['src/lib/content', 'src/lib/security', 'src/lib/tools', 'src/i18n', 'src/i18n/messages'];
const RULE_FILES = ['src/schema.ts', 'src/config.ts', 'package-lock.json'];

/** The files (from the project root) whose change could change a verdict. */
export function ruleSources(): string[] {
  const inDirs = RULE_DIRS.flatMap((d) => readdirSync(join(ROOT, d), { withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => `${d}/${e.name}`));
  return [...RULE_FILES, ...inDirs].sort();
}

let rules: string | undefined;
/** A hash of every rule source. */
export function rulesVersion(): string {
  if (rules) return rules;
  const hash = createHash('sha256').update('content-check 1\n');
  for (const f of ruleSources()) hash.update(f).update('\0').update(readFileSync(join(ROOT, f)));
  return (rules = hash.digest('hex'));
}

export class CheckCache {
  private readonly before: Map<string, Pass>;
  private readonly now = new Map<string, Pass>();
  private readonly file: string;
  private readonly context: string;

  /**
   * `file` holds the passes; `context` is everything besides a file and the rules that its
   * verdict depends on; `rules` stands for the rules (tests give another to play a change of them).
   */
  constructor(file: string, context: string, rules = rulesVersion()) {
    this.file = file;
    this.context = `${rules}\0${context}`;
    let saved: Map<string, Pass> | undefined;
    try { saved = deserialize(readFileSync(file)) as Map<string, Pass>; } catch { /* none yet, or unreadable: start empty */ }
    this.before = saved instanceof Map ? saved : new Map();
  }

  key(name: string, id: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.context).update('\0')
      .update(name).update('\0').update(id).update('\0').update(bytes).digest('base64url');
  }

  /** How many files this run took from the cache. */
  hits = 0;

  get(key: string): Pass | undefined {
    const hit = this.before.get(key);
    if (hit) { this.now.set(key, hit); this.hits++; }
    return hit;
  }

  set(key: string, pass: Pass): void {
    this.now.set(key, pass);
  }

  /** Writes the passes of this run only (deleted and changed files drop out); atomic, for parallel builds. */
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(this.now));
    renameSync(tmp, this.file);
  }
}
