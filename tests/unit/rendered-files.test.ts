import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore, type Entry } from '../support/memory-store.ts';
import { publishedOnly } from '../../src/lib/content/published-loader.ts';
import { HtmlWriter, isKept, isLean, keepHtml, leanRendered, pruneKept, readBack, RENDERED_DIR } from '../../src/lib/content/rendered-files.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const live = (id: string, html: string): Entry => ({ id, filePath: `${id}.md`, digest: id, data: { draft: false }, rendered: { html, metadata: { headings: [] } } });

/** A loader that stores `entries` as the glob loader does, through the store it is handed. */
const storing = (entries: Entry[]): Loader => ({ name: 'test', load: async ({ store }) => { for (const e of entries) store.set(e); } });
const run = (loader: Loader, store: ReturnType<typeof memoryStore>) =>
  publishedOnly(loader, NOW).load({ store, parseData: async (p: { data: unknown }) => p.data } as unknown as LoaderContext);

let dir = '';
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'rendered-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); delete process.env[RENDERED_DIR]; });

describe('rendered HTML kept in files of its own during a build', () => {
  it('stores a short mark instead of the HTML, and the HTML once in a file named by its hash', () => {
    const html = '<p>Министр иностранных дел Республики Таджикистан</p>'.repeat(200);
    const mark = keepHtml(dir, html);
    expect(isKept(mark)).toBe(true);
    expect(mark.length).toBeLessThan(80);
    expect(keepHtml(dir, html)).toBe(mark);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8')).toBe(html);
  });

  it('reads the HTML back from its file each time a page asks, keeping no copy, the rest unchanged', () => {
    const rendered = readBack({ html: keepHtml(dir, '<p>one</p>'), metadata: { headings: [1] } }, dir);
    expect(rendered.html).toBe('<p>one</p>');
    expect(rendered.metadata).toEqual({ headings: [1] });
    expect({ ...rendered }.html).toBe('<p>one</p>'); // Astro spreads entries
    writeFileSync(join(dir, readdirSync(dir)[0]!), '<p>read again</p>');
    expect(rendered.html).toBe('<p>read again</p>');
    const plain = { html: '<p>as Astro made it</p>' };
    expect(readBack(plain, dir)).toBe(plain);
  });

  it('says what is wrong when a mark is read without the folder', () => {
    expect(() => readBack({ html: keepHtml(dir, '<p>x</p>') }, undefined).html).toThrow(/PRESS_RENDERED_DIR is not set/);
  });

  it('the release loader keeps the HTML out of the store, moves a cached entry\'s, and deletes the files of releases gone', async () => {
    process.env[RENDERED_DIR] = dir;
    const gone = keepHtml(dir, '<p>a release since removed</p>');
    const store = memoryStore([live('cached', '<p>cached by an older build</p>'), { ...live('removed', ''), rendered: { html: gone } }]);
    store.delete('removed'); // the glob loader deletes the entries of files that are gone
    await run(storing([live('new', '<p>new release</p>')]), store);
    for (const id of ['cached', 'new']) expect(isKept(store.get(id)!.rendered!.html)).toBe(true);
    expect(readBack(store.get('new')!.rendered!).html).toBe('<p>new release</p>');
    expect(readBack(store.get('cached')!.rendered!).html).toBe('<p>cached by an older build</p>');
    // Only the metadata Astro's render() reads, and no empty list (leanRendered).
    expect(store.get('new')!.rendered!.metadata).toBeUndefined();
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('keeps of a rendering\'s metadata what Astro\'s render() reads: image paths and headings, none empty', () => {
    const full = { html: 'x', metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }], imagePaths: ['./photo.jpg'], localImagePaths: [], frontmatter: { title: 'T' } } };
    expect(leanRendered(full)).toEqual({ html: 'x', metadata: { headings: full.metadata.headings, imagePaths: ['./photo.jpg'] } });
    expect(leanRendered({ html: 'x', metadata: { headings: [], frontmatter: {} } })).toEqual({ html: 'x' });
    expect(isLean(full)).toBe(false);
    expect(isLean(leanRendered(full))).toBe(true);
  });

  it('leaves the metadata of a cached entry lean too, whose HTML is in its file already', async () => {
    process.env[RENDERED_DIR] = dir;
    const mark = keepHtml(dir, '<p>cached</p>');
    const cached = { ...live('cached', ''), rendered: { html: mark, metadata: { headings: [], frontmatter: { title: 'Заголовок' } } } };
    const store = memoryStore([cached]);
    await run(storing([]), store);
    expect(store.get('cached')!.rendered).toEqual({ html: mark });
    expect(store.get('cached')!.digest).toBe('cached');
  });

  it('forgets a cached entry whose HTML file is gone, so the loader renders it again', async () => {
    process.env[RENDERED_DIR] = dir;
    const lost = { ...live('lost', ''), rendered: { html: keepHtml(dir, '<p>lost</p>') } };
    rmSync(join(dir, readdirSync(dir)[0]!));
    const store = memoryStore([lost]);
    let seen: Entry | undefined = lost;
    await run({ name: 'test', load: async ({ store: s }) => { seen = s.get('lost'); } }, store);
    expect(seen).toBeUndefined();
  });

  it('leaves the HTML in the store where no build names the folder (astro dev), and unpublished entries bare', async () => {
    const store = memoryStore();
    const draft = { ...live('draft', '<p>secret</p>'), data: { draft: true } };
    await run(storing([live('new', '<p>new release</p>'), draft]), store);
    expect(store.get('new')!.rendered!.html).toBe('<p>new release</p>');
    expect(store.get('draft')!.rendered).toBeUndefined();
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it('prunes only files it made', () => {
    const kept = keepHtml(dir, '<p>kept</p>');
    keepHtml(dir, '<p>stale</p>');
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    expect(pruneKept(dir, [kept])).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([`${kept.slice(kept.indexOf(':') + 1)}.html`, 'notes.txt'].sort());
  });

  it('the sync\'s writer gives the same marks and files as keepHtml, and reports a write that failed', async () => {
    const html = '<p>Душанбе</p>';
    const writer = new HtmlWriter(dir);
    const mark = writer.keep(html);
    expect(writer.keep(html)).toBe(mark);
    await writer.done();
    expect(mark).toBe(keepHtml(dir, html));
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readBack({ html: mark }, dir).html).toBe(html);
    // The folder gone under it (a cache removed mid-build): the sync must fail, not store marks of missing files.
    const broken = new HtmlWriter(join(dir, 'sub'));
    rmSync(join(dir, 'sub'), { recursive: true });
    broken.keep('<p>lost</p>');
    await expect(broken.done()).rejects.toThrow(/ENOENT/);
  });
});
