import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesOf, filesOfLater, matchesSeal, pathsFrom, removeEmptyParents, sealOf, staleFiles } from '../../src/integrations/kept-dist.ts';
import { placeBundle } from '../../src/lib/search/build-index.ts';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'kept-dist-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const write = (dir: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
};
const tree = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile()).map((d) => [relative(dir, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name), 'utf8')]));

describe('the output folder kept between builds', () => {
  it('deletes what this build neither wrote nor kept as a page, never the search index folder', () => {
    const mtimes: Record<string, number> = {
      'ru/index.html': 2000, // written by this build
      'ru/2020/01/02/kept/index.html': 500, // a page Astro skipped: left in place
      'ru/2019/01/02/removed/index.html': 500, // a release no longer built
      'deployed.json': 900, // put there after the last build
      'pagefind/fragment/ru_1.pf_fragment': 500,
    };
    const asked: string[] = [];
    const mtimeOf = (path: string) => { asked.push(path); return mtimes[path]!; };
    expect(staleFiles(Object.keys(mtimes), 1000, new Set(['ru/2020/01/02/kept/index.html']), mtimeOf))
      .toEqual(['ru/2019/01/02/removed/index.html', 'deployed.json']);
    // A kept page or the search index is never looked at on disk: on a rebuild that is nearly every file.
    expect(asked.sort()).toEqual(['deployed.json', 'ru/2019/01/02/removed/index.html', 'ru/index.html']);
  });

  it('leaves out a file listed when the build started and gone by its end', () => {
    const mtimeOf = (path: string) => (path === 'gone.html' ? undefined : 500);
    expect(staleFiles(['gone.html', 'old.html'], 1000, new Set(), mtimeOf)).toEqual(['old.html']);
  });

  it('lists every file and link below the folder by its path from it, folders left out', async () => {
    const out = tmp();
    write(out, { '_headers': 'h', 'ru/index.html': 'a', 'ru/2019/01/02/r/index.html': 'b', 'ru/2019/01/02/r/og.png': 'c' });
    mkdirSync(join(out, 'empty/deeper'), { recursive: true });
    symlinkSync(join(out, '_headers'), join(out, 'ru/card.png'));
    const expected = ['_headers', 'ru/2019/01/02/r/index.html', 'ru/2019/01/02/r/og.png', 'ru/card.png', 'ru/index.html'];
    expect(filesOf(out).sort()).toEqual(expected);
    // Astro hands the folder over as a URL's path, with a slash at the end.
    expect(filesOf(`${out}/`).sort()).toEqual(expected);
    // The same listing from the worker thread the build starts it in.
    expect((await filesOfLater(out)).sort()).toEqual(expected);
  });

  it('names a built file by its path from the output folder, with or without the slash at its end', () => {
    expect(pathsFrom('/site/dist/')('/site/dist/ru/index.html')).toBe('ru/index.html');
    expect(pathsFrom('/site/dist')('/site/dist/ru/index.html')).toBe('ru/index.html');
    // Not a folder whose name starts the same.
    expect(pathsFrom('/site/dist')('/site/dist-old/x.html')).toBe('../dist-old/x.html');
  });

  it('removes the folders a deletion left empty, and only those', () => {
    const out = tmp();
    write(out, { 'ru/2019/01/02/removed/index.html': 'x', 'ru/2019/01/03/other/index.html': 'y', 'en/a/index.html': 'z' });
    mkdirSync(join(out, 'en/empty-before'));
    rmSync(join(out, 'ru/2019/01/02/removed/index.html'));
    removeEmptyParents(out, ['ru/2019/01/02/removed/index.html']);
    expect(existsSync(join(out, 'ru/2019/01/02'))).toBe(false);
    expect(existsSync(join(out, 'ru/2019/01/03/other/index.html'))).toBe(true);
    expect(existsSync(join(out, 'en/empty-before'))).toBe(true);
    rmSync(join(out, 'ru/2019/01/03/other/index.html'));
    removeEmptyParents(out, ['ru/2019/01/03/other/index.html']);
    expect(readdirSync(out).sort()).toEqual(['en']);
  });

  it('is kept only when it is what the sealed build left', () => {
    const out = tmp();
    write(out, { _headers: '/*\n  X-Frame-Options: DENY\n' });
    const seal = sealOf(out);
    expect(matchesSeal(out, seal)).toBe(true);
    expect(matchesSeal(out, undefined)).toBe(false);
    expect(matchesSeal(tmp(), seal)).toBe(false); // another folder
    write(out, { _headers: '/*\n  X-Frame-Options: SAMEORIGIN\n' }); // another build wrote it since
    expect(matchesSeal(out, seal)).toBe(false);
    rmSync(join(out, '_headers'));
    expect(matchesSeal(out, seal)).toBe(false);
  });
});

describe('a search bundle put into a kept output folder', () => {
  const bundle = (hash: string) => ({ 'pagefind-entry.json': `{"hash":"${hash}"}`, [`fragment/ru_${hash}.pf_fragment`]: hash, 'pagefind.js': 'js' });

  it('replaces an older main bundle whole, keeping the shards beside it', () => {
    const stored = tmp();
    const out = tmp();
    write(stored, bundle('new'));
    write(out, { ...bundle('old'), 'shards/ru-2014-01/pagefind-entry.json': 'shard', 'shards.json': '{}' });
    placeBundle(stored, out, '');
    expect(tree(out)).toEqual({ ...bundle('new'), 'shards/ru-2014-01/pagefind-entry.json': 'shard', 'shards.json': '{}' });
  });

  it('copies nothing when the same bundle is there whole, and repairs one missing a file', () => {
    const stored = tmp();
    const out = tmp();
    write(stored, bundle('a'));
    placeBundle(stored, join(out, 'shards'), 'ru-2014-01');
    const target = join(out, 'shards', 'ru-2014-01');
    writeFileSync(join(target, 'pagefind.js'), 'js'); // same bytes, rewritten: must not matter
    write(target, { 'pagefind.js': 'js' });
    placeBundle(stored, join(out, 'shards'), 'ru-2014-01');
    expect(tree(target)).toEqual(bundle('a'));
    rmSync(join(target, 'fragment/ru_a.pf_fragment'));
    placeBundle(stored, join(out, 'shards'), 'ru-2014-01');
    expect(tree(target)).toEqual(bundle('a'));
  });
});
