import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashTree, treeDifferences } from '../support/determinism.ts';
import { astroBuild, buildEnv, FIXTURE, FIXTURE_BUILD_TIME, FIXTURE_CONTENT, FIXTURE_LANGUAGES } from '../support/fixture.ts';

const RUNS = join(FIXTURE, 'determinism');

describe('determinism', () => {
  afterAll(() => rmSync(RUNS, { recursive: true, force: true }));

  it('two builds of the same content at the same PRESS_BUILD_TIME are byte-identical, with or without worker threads', () => {
    rmSync(RUNS, { recursive: true, force: true });
    // Separate output and cache folders: the second build cannot reuse the first one's work. The second draws
    // every card and indexes every search bundle in the build's own thread: those paths must give the same bytes.
    const oneThread = { PRESS_CARD_WORKERS: '0', PRESS_INDEX_AT_ONCE: '1' };
    const trees = ['a', 'b'].map((run) => {
      const out = join(RUNS, run, 'dist');
      const { status, output } = astroBuild(buildEnv(FIXTURE_CONTENT, out, {
        PRESS_LANGUAGES: FIXTURE_LANGUAGES, PRESS_BUILD_TIME: FIXTURE_BUILD_TIME, TZ: 'America/Los_Angeles',
        ...(run === 'b' ? oneThread : {}),
      }));
      if (status !== 0) throw new Error(`build ${run} failed:\n${output.slice(-3000)}`);
      if (run === 'b') expect(output).toMatch(/cards drawn: 0 by 0 workers, [1-9]\d* in the build's thread/);
      return hashTree(out);
    });
    console.info(`determinism: ${trees[0]!.size} files compared, ${treeDifferences(trees[0]!, trees[1]!).length} differ`);
    expect(trees[0]!.size).toBeGreaterThan(200);
    expect(treeDifferences(trees[0]!, trees[1]!)).toEqual([]);
  }, 300_000);

  it('the comparison reports a changed, a missing and an extra file (the gate works)', () => {
    const dirs = ['x', 'y'].map((d) => { const p = join(mkdtempSync(join(FIXTURE, 'det-')), d); mkdirSync(join(p, 'sub'), { recursive: true }); return p; });
    const [x, y] = dirs as [string, string];
    writeFileSync(join(x, 'same.html'), 'same'); writeFileSync(join(y, 'same.html'), 'same');
    writeFileSync(join(x, 'sub/page.html'), 'built at 12:00'); writeFileSync(join(y, 'sub/page.html'), 'built at 12:01');
    writeFileSync(join(x, 'gone.css'), 'a');
    writeFileSync(join(y, 'new.css'), 'b');
    expect(treeDifferences(hashTree(x), hashTree(y))).toEqual(['differs: sub/page.html', 'only in first: gone.css', 'only in second: new.css']);
    for (const d of dirs) rmSync(join(d, '..'), { recursive: true, force: true });
  });
});
