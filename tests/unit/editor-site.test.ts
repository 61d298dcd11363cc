import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstReleasePage } from '../../src/lib/editor/site.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
const site = (files: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'editor-site-'));
  dirs.push(out);
  for (const f of files) {
    mkdirSync(join(out, f, '..'), { recursive: true });
    writeFileSync(join(out, f), '<html></html>');
  }
  return out;
};

describe('the release page the editor preview takes the site stylesheet from', () => {
  it('is a release page, not a list or an asset', () => {
    const out = site(['_astro/x.css', 'admin/index.html', 'en/index.html',
      'en/2020/index.html', 'en/2020/01/index.html', 'en/2020/01/02/index.html', 'en/2020/01/03/visit/index.html',
      'ru/2019/12/31/vstrecha/index.html']);
    expect(firstReleasePage(out)).toBe(join(out, 'en/2020/01/03/visit/index.html'));
  });

  it('is none on a site without release pages', () => {
    expect(firstReleasePage(site(['en/index.html', 'en/2020/index.html', 'en/2020/01/02/index.html']))).toBeUndefined();
  });
});
