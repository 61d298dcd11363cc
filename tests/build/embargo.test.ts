import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles } from '../support/dist.ts';
import { FIXTURE, FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_LANGUAGES, ROOT, astroBuild, buildEnv, exclusively } from '../support/fixture.ts';
import { filesContaining } from '../support/markers.ts';

// Markers in tests/fixtures/content/releases/ru/2026/{embargoed,draft}.md; the embargoed one
// also has a hero image, embargoed-photo-qx7.png, whose name survives in Astro's asset names.
const HIDDEN = ['EMBARGOMARKERQX7', 'EMBARGOTITLEQX7', 'EMBARGOSUMMARYQX7', 'EMBARGOALTQX7', 'fixture-embargoed-2026', 'embargoed-photo-qx7', 'DRAFTMARKERK4P', 'DRAFTTITLEK4P', 'fixture-draft-2026'];

describe('drafts and embargoed releases (build time 2026-06-01, embargo 2026-06-10)', () => {
  it('appear in no file of dist/: pages, feeds, sitemaps, search index, assets, scripts', () => {
    expect(distFiles().length).toBeGreaterThan(20);
    for (const marker of HIDDEN) expect(filesContaining(FIXTURE_DIST, marker), marker).toEqual([]);
  });

  describe('a build after the embargo', () => {
    const out = join(FIXTURE, 'after-embargo', 'dist');
    beforeAll(() => {
      // Start from the fixture's content cache, as a scheduled CI rebuild would: the release stored
      // while under embargo (without body or image) must be read afresh, not reused.
      rmSync(join(FIXTURE, 'after-embargo'), { recursive: true, force: true });
      cpSync(join(FIXTURE, 'cache'), join(FIXTURE, 'after-embargo', 'cache'), { recursive: true });
      const { status, output } = astroBuild(buildEnv(FIXTURE_CONTENT, out, {
        PRESS_LANGUAGES: FIXTURE_LANGUAGES, PRESS_BUILD_TIME: '2026-06-10T06:00:00Z', TZ: 'America/Los_Angeles',
      }));
      if (status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
    }, 300_000);

    it('publishes the embargoed release, its image included, and still no draft', () => {
      expect(filesContaining(out, 'EMBARGOMARKERQX7').some((f) => f.endsWith('index.html'))).toBe(true);
      expect(filesContaining(out, 'EMBARGOTITLEQX7').length).toBeGreaterThan(1);
      expect(distFiles(out).some((f) => f.startsWith('_astro/') && f.includes('embargoed-photo-qx7'))).toBe(true);
      expect(filesContaining(out, 'EMBARGOALTQX7').some((f) => f.endsWith('index.html'))).toBe(true);
      for (const marker of ['DRAFTMARKERK4P', 'DRAFTTITLEK4P']) expect(filesContaining(out, marker), marker).toEqual([]);
    });
  });

  describe('a published release taken back (made a draft)', () => {
    const dir = join(FIXTURE, 'taken-back');
    const content = join(dir, 'content');
    const release = join(content, 'releases/ru/2026/embargoed.md');
    const build = (run: string) => {
      const { status, output } = astroBuild(buildEnv(content, join(dir, run, 'dist'), {
        // After the release's date: a future date without embargo is refused by the build.
        PRESS_LANGUAGES: 'ru', PRESS_BUILD_TIME: '2026-06-11T00:00:00Z', PRESS_CACHE_DIR: join(dir, 'cache'),
      }));
      if (status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
    };
    // Two builds sharing one cache, as on a press officer's machine; the photo is the site's
    // only image, so nothing else would make Astro rewrite its list of content images.
    beforeAll(() => exclusively(() => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(content, 'releases/ru/2026'), { recursive: true });
      for (const file of ['agencies.yml', 'topics.yml', 'releases/ru/2026/tajikistan-opec-fund-vienna.md']) cpSync(join(ROOT, 'content', file), join(content, file));
      const source = join(ROOT, 'tests/fixtures/content/releases/ru/2026');
      cpSync(join(source, 'embargoed-photo-qx7.png'), join(content, 'releases/ru/2026/embargoed-photo-qx7.png'));
      const text = readFileSync(join(source, 'embargoed.md'), 'utf8');
      writeFileSync(release, text.replace(/^embargo:.*\n/m, ''));
      build('published');
      writeFileSync(release, text.replace(/^embargo:.*\n/m, 'draft: true\n'));
      build('draft');
    }), 300_000);

    it('publishes it with its photo first', () => {
      expect(filesContaining(join(dir, 'published/dist'), 'EMBARGOTITLEQX7').length).toBeGreaterThan(1);
      expect(distFiles(join(dir, 'published/dist')).some((f) => f.startsWith('_astro/') && f.includes('embargoed-photo-qx7'))).toBe(true);
    });

    it('then leaves out the text and the photo', () => {
      const out = join(dir, 'draft/dist');
      expect(filesContaining(out, 'EMBARGOTITLEQX7')).toEqual([]);
      expect(distFiles(out).filter((f) => f.startsWith('_astro/') && /\.(png|jpe?g|webp)$/.test(f))).toEqual([]);
    });
  });
});
