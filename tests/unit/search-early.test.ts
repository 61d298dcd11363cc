import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fetchKey, unpacked } from '../../src/scripts/search-early.ts';
import { startFiles, type Entry } from '../../src/lib/search/start-files.ts';

describe('the files the search opens an index with', () => {
  const entries: Record<string, Entry> = {
    '': { languages: { ru: { hash: 'ru_aa', wasm: 'ru' }, tg: { hash: 'tg_bb', wasm: null } } },
    'shards/ru-2014-01-2019-12/': { languages: { ru: { hash: 'ru_cc', wasm: 'ru' } } },
    'shards/ru-2020-01-2021-06/': { languages: { ru: { hash: 'ru_dd' } } },
  };
  const read = (folder: string) => entries[folder]!;

  it('lists the main entry, metadata and WebAssembly, then each closed shard of the language', () => {
    expect(startFiles({ ru: ['ru-2014-01-2019-12', 'ru-2020-01-2021-06'] }, read)).toEqual({
      ru: ['pagefind-entry.json', 'pagefind.ru_aa.pf_meta', 'wasm.ru.pagefind',
        'shards/ru-2014-01-2019-12/pagefind-entry.json', 'shards/ru-2014-01-2019-12/pagefind.ru_cc.pf_meta',
        'shards/ru-2020-01-2021-06/pagefind-entry.json', 'shards/ru-2020-01-2021-06/pagefind.ru_dd.pf_meta'],
      // Without a stemmer Pagefind loads its `unknown` WebAssembly.
      tg: ['pagefind-entry.json', 'pagefind.tg_bb.pf_meta', 'wasm.unknown.pagefind'],
    });
  });

  it('keys an entry without its cache-busting stamp, other files as they are', () => {
    const base = 'https://press.example.org/_astro/w.js';
    expect(fetchKey('/pagefind/pagefind-entry.json?ts=1796141404717', base)).toBe('https://press.example.org/pagefind/pagefind-entry.json');
    expect(fetchKey('/pagefind/shards/x/pagefind-entry.json?ts=2', base)).toBe(fetchKey('/pagefind/shards/x/pagefind-entry.json', base));
    expect(fetchKey('/pagefind/pagefind.js?lang=ru', base)).toBe('https://press.example.org/pagefind/pagefind.js?lang=ru');
  });
});

describe('Pagefind files unpacked by the browser', () => {
  const signed = new TextEncoder().encode('pagefind_dcd{"a":1}');

  it('unpacks a gzipped file to the bytes Pagefind would unpack itself', async () => {
    const response = await unpacked(new Response(gzipSync(signed), { status: 200 }));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(signed);
    expect(response.status).toBe(200);
  });

  it('passes through a file that is not gzip, and a failed response', async () => {
    expect(new Uint8Array(await (await unpacked(new Response(signed))).arrayBuffer())).toEqual(signed);
    const missing = await unpacked(new Response('gone', { status: 404 }));
    expect([missing.status, await missing.text()]).toEqual([404, 'gone']);
  });
});
