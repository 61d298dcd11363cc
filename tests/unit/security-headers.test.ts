import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/integrations/security-headers.ts';
import { afterMove } from '../../src/integrations/not-found-pages.ts';

describe('the pages whose policies the header carries', () => {
  const out = join('/site', 'dist');
  const url = (path: string) => pathToFileURL(join(out, path));
  const assets = new Map([
    ['/[lang]/404', [url('ru/404/index.html'), url('tg/404/index.html')]],
    ['/404', [url('404.html')]],
    ['/[lang]/[year]/[month]/[day]/[slug]', [url('ru/2020/01/02/404/index.html'), url('ru/2020/01/03/b/index.html')]],
    ['/[lang]/rss.xml', [url('ru/rss.xml')]],
    ['/[lang]', [url('ru/index.html'), url('ru/index.html')]],
  ]);

  it('are the HTML files Astro built, once each, the language 404 pages where they were moved', () => {
    expect(htmlFiles(assets, afterMove(out, ['ru', 'tg'])).sort()).toEqual(
      ['404.html', 'ru/2020/01/02/404/index.html', 'ru/2020/01/03/b/index.html', 'ru/404.html', 'ru/index.html', 'tg/404.html'].map((p) => join(out, p)),
    );
  });

  it('moves only the language folders\' 404 pages, not a release whose slug is 404', () => {
    const at = afterMove(out, ['ru']);
    expect(at(join(out, 'ru/404/index.html'))).toBe(join(out, 'ru/404.html'));
    expect(at(join(out, 'ru/2020/01/02/404/index.html'))).toBe(join(out, 'ru/2020/01/02/404/index.html'));
    expect(at(join(out, 'en/404/index.html'))).toBe(join(out, 'en/404/index.html'));
  });
});
