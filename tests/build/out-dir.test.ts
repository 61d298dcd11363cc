import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDirFor, misjudgedOutside } from '../../src/integrations/out-dir.ts';
import { ROOT, buildEnv, siteBuild } from '../support/fixture.ts';

describe('PRESS_OUT_DIR outside the project', () => {
  it('tells apart a folder whose path only begins like the project\'s', () => {
    expect(misjudgedOutside('/srv/press-site/dist', '/srv/press')).toBe(true);
    expect(misjudgedOutside('/srv/press/dist', '/srv/press')).toBe(false);
    expect(misjudgedOutside('dist', '/srv/press')).toBe(false);
    expect(misjudgedOutside('/var/www/press', '/srv/press')).toBe(false);
    expect(buildDirFor('/srv/press/dist', '/srv/press')).toBe('/srv/press/dist');
  });

  // Before (commit 0524e50): "Cannot find package '@oslojs/encoding'" from <out>/.prerender/.
  it('builds when that path begins with the project\'s path', () => {
    const out = `${ROOT}-out-${process.pid}`;
    try {
      // `npm run build`: the site is moved after Astro's last hook, and the search index is written where it ends up.
      const { status, output } = siteBuild(buildEnv(join(ROOT, 'content'), join(out, 'dist'), { PRESS_CACHE_DIR: join(ROOT, '.fixture/out-dir-cache') }));
      expect(status, output.slice(-3000)).toBe(0);
      for (const file of ['index.html', '_headers', 'ru/index.html', 'pagefind/pagefind.js']) expect(existsSync(join(out, 'dist', file)), file).toBe(true);
      expect(existsSync(join(out, 'dist', '.prerender'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
