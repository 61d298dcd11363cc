/**
 * Embargo and drafts whatever the history: random sequences of edits (embargo
 * moved earlier or later, draft set and cleared, the file renamed, deleted and
 * restored) and builds at different times over a tiny site, with one cache kept
 * through each sequence as on a CI runner. After every build, every byte of dist/
 * (search index fragments unpacked) is scanned for anything of the release while
 * it is unpublished: title, summary, text, alt text, translation key, the photo's
 * name and the photo's bytes; while it is published its page must be there.
 * The first sequence is the leak of issue 13 (live, then back under embargo, same
 * cache), which put the full-size photo in dist/_astro before commit 0524e50's successor.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distFiles } from '../support/dist.ts';
import { FIXTURE, ROOT, astroBuild, buildEnv } from '../support/fixture.ts';
import { fileText } from '../support/markers.ts';

const dir = join(FIXTURE, 'embargo-sequence');
const content = join(dir, 'content');
const year = join(content, 'releases/ru/2026');
const PHOTO = 'sequence-photo-zq9.png';
const photoBytes = readFileSync(join(ROOT, 'tests/fixtures/content/releases/ru/2026/embargoed-photo-qx7.png'));
const MARKERS = ['SEQTITLEZQ9', 'SEQSUMMARYZQ9', 'SEQBODYZQ9', 'SEQALTZQ9', 'seq-subject-2026', 'sequence-photo-zq9'];

// Build times, and embargo moments before, between and after them.
const TIMES = ['2026-03-01T12:00:00Z', '2026-05-01T12:00:00Z'];
const EMBARGOES = [undefined, '2026-02-01T10:00:00+05:00', '2026-04-01T10:00:00+05:00', '2026-06-01T10:00:00+05:00'];

interface State { embargo: number; draft: boolean; name: 'subject' | 'renamed'; present: boolean }
interface Step { state: State; at: number }

function write(state: State): void {
  for (const name of ['subject', 'renamed']) rmSync(join(year, `${name}.md`), { force: true });
  if (!state.present) return;
  const embargo = EMBARGOES[state.embargo];
  writeFileSync(join(year, `${state.name}.md`), `---\ntitle: "Релиз SEQTITLEZQ9"\nsummary: "SEQSUMMARYZQ9"\ndate: 2026-01-15T10:00:00+05:00\n${embargo ? `embargo: ${embargo}\n` : ''}draft: ${state.draft}\nagency: khovar\ntranslationKey: seq-subject-2026\nimage:\n  src: ./${PHOTO}\n  alt: "SEQALTZQ9"\n---\n\nТекст SEQBODYZQ9.\n`);
}

const published = (s: State, at: number) => s.present && !s.draft && (s.embargo === 0 || new Date(EMBARGOES[s.embargo]!) <= new Date(TIMES[at]!));

let scanned = 0;
/** What of the release dist/ holds: marker → files. */
function leaks(out: string): string[] {
  const found: string[] = [];
  for (const f of distFiles(out)) {
    const bytes = readFileSync(join(out, f));
    scanned += bytes.length;
    const text = fileText(join(out, f));
    for (const m of MARKERS) if (f.includes(m) || text.includes(m)) found.push(`${m} in ${f}`);
    if (bytes.includes(photoBytes)) found.push(`photo bytes in ${f}`);
  }
  return found;
}

// Not one lock for the whole sequence: other tests' builds may run between these (with other
// content, the same .astro/ folder), which the embargo must survive too.
function run(steps: Step[]): void {
  {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(year, { recursive: true });
    for (const f of ['agencies.yml', 'topics.yml', 'releases/ru/2020/cis-info-consultations.md', 'releases/ru/2020/cis-info-consultations.jpg']) {
      mkdirSync(join(content, f, '..'), { recursive: true });
      cpSync(join(ROOT, 'content', f), join(content, f));
    }
    // The other release links nothing; its photo keeps Astro's list of content images non-empty.
    const other = join(content, 'releases/ru/2020/cis-info-consultations.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace(/^related:\n(?: {2}.*\n)+/m, ''));
    cpSync(join(ROOT, 'tests/fixtures/content/releases/ru/2026/embargoed-photo-qx7.png'), join(year, PHOTO));
    steps.forEach(({ state, at }, i) => {
      write(state);
      const out = join(dir, `build-${i}`);
      const { status, output } = astroBuild(buildEnv(content, out, { PRESS_LANGUAGES: 'ru', PRESS_BUILD_TIME: TIMES[at]!, PRESS_CACHE_DIR: join(dir, 'cache') }));
      const where = `step ${i + 1} of ${JSON.stringify(steps)}`;
      expect(status, `${where}\n${output.slice(-2000)}`).toBe(0);
      const found = leaks(out);
      if (published(state, at)) expect(found.some((l) => l.startsWith('SEQBODYZQ9 in ru/2026/')), where).toBe(true);
      else expect(found, where).toEqual([]);
      rmSync(out, { recursive: true, force: true });
    });
  }
}

const state = fc.record({ embargo: fc.integer({ min: 0, max: 3 }), draft: fc.boolean(), name: fc.constantFrom('subject' as const, 'renamed' as const), present: fc.boolean() });
const step = fc.record({ state, at: fc.integer({ min: 0, max: 1 }) });

describe('nothing of an unpublished release reaches dist/, whatever the builds before it', () => {
  it('live, then put back under embargo, with the cache kept', () => {
    const live = { embargo: 2, draft: false, name: 'subject' as const, present: true };
    run([{ state: live, at: 1 }, { state: live, at: 0 }]);
  }, 300_000);

  it('random sequences of edits and builds (seeded)', () => {
    // Few sequences of few builds: each build of this tiny site takes seconds.
    fc.assert(fc.property(fc.array(step, { minLength: 3, maxLength: 3 }), (steps) => run(steps)), { seed: 13, numRuns: 2, endOnFailure: true });
    expect(scanned).toBeGreaterThan(0);
    console.log(`embargo sequences: ${scanned} bytes of dist/ scanned`);
  }, 600_000);
});
