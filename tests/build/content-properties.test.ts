/**
 * Generated releases through two real builds (seeded): with mutated files among
 * valid ones the build refuses, listing exactly the lines `npm run check` lists;
 * with the valid ones alone it publishes each exactly as written: its page at the
 * address its date and title give, the title, the date with its offset, the text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/content/slug.ts';
import { page } from '../support/dist.ts';
import { FIXTURE, ROOT, astroBuild, buildEnv } from '../support/fixture.ts';
import { bodyOf, frontmatterOf, mutant, render, validRelease, type Valid } from '../support/generated.ts';

const dir = join(FIXTURE, 'generated');
const content = join(dir, 'content');
const releases = join(content, 'releases/ru/2020');
const out = join(dir, 'dist');
const env = buildEnv(content, out, { PRESS_LANGUAGES: 'ru', PRESS_BUILD_TIME: '2026-06-01T12:00:00Z', PRESS_CACHE_DIR: join(dir, 'cache') });

// Distinct keys and titles, so that the valid ones never collide with each other.
const valids: Valid[] = fc.sample(fc.uniqueArray(validRelease, { selector: (v) => v.key, minLength: 4, maxLength: 4 }), { seed: 13, numRuns: 1 })[0]!
  .map((v, i) => ({ ...v, key: `${v.key}-${i}`, title: `${v.title} ${i}` }));
const mutants = fc.sample(validRelease.chain(mutant), { seed: 13, numRuns: 8 });
const lines = (output: string) => output.split('\n').map((l) => /(releases\/ru\/\d{4}\/[\w-]+\.mdx?:\d+: .*)$/.exec(l)?.[1]).filter((l): l is string => !!l).sort();
/** A valid release is filed in the folder of its date's year (another folder is warned about). */
const folderOf = (v: Valid) => join(content, 'releases/ru', v.date.slice(0, 4));

let refused: { status: number | null; output: string };
let check: string;
let built: { status: number | null; output: string };

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(releases, { recursive: true });
  for (const f of ['agencies.yml', 'topics.yml']) cpSync(join(ROOT, 'content', f), join(content, f));
  valids.forEach((v, i) => {
    mkdirSync(folderOf(v), { recursive: true });
    writeFileSync(join(folderOf(v), `valid-${i}.md`), render(frontmatterOf(v), bodyOf(v)));
  });
  const name = (i: number) => `mutant-${i}.md${mutants[i]!.mdx ? 'x' : ''}`;
  mutants.forEach((m, i) => writeFileSync(join(releases, name(i)), m.bytes ?? m.text!));
  refused = astroBuild(env);
  check = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env, encoding: 'utf8' }).stderr;
  mutants.forEach((_m, i) => rmSync(join(releases, name(i))));
  built = astroBuild(env);
}, 600_000);

describe('generated releases in real builds', () => {
  it('with mutants: the build refuses, with exactly the lines of npm run check, each mutant named', () => {
    expect(refused.status).not.toBe(0);
    expect(lines(refused.output)).toEqual(lines(check));
    mutants.forEach((_m, i) => expect(lines(refused.output).some((l) => l.includes(`/mutant-${i}.md${mutants[i]!.mdx ? 'x' : ''}:`)), `mutant ${i}: ${mutants[i]!.kind}`).toBe(true));
    expect(lines(refused.output).filter((l) => l.includes('/valid-'))).toEqual([]);
  });

  it('the valid ones alone: each published exactly as written', () => {
    expect(built.status, built.output.slice(-2000)).toBe(0);
    for (const v of valids) {
      const [y, m, d] = v.date.slice(0, 10).split('-');
      const doc = page(`/ru/${y}/${m}/${d}/${slugify(v.title)}/`, out);
      expect(doc.querySelector('h1')?.textContent?.trim()).toBe(v.title);
      expect(doc.querySelector('time')?.getAttribute('datetime')).toBe(v.instant.toISOString());
      for (const p of v.paragraphs) expect(doc.querySelector('article')?.textContent).toContain(p);
      for (const link of v.links) expect([...doc.querySelectorAll('article a')].map((a) => a.getAttribute('href'))).toContain(link);
    }
  });
});
