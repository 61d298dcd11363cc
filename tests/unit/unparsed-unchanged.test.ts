import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../support/memory-store.ts';
import { unparsedUnchanged } from '../../src/lib/content/unparsed-unchanged.ts';

let root = '';
let parses: string[] = [];
// A Markdown entry type whose frontmatter is one "title:" line, counting what it parses.
const entryType = {
  getEntryInfo: async ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
    parses.push(fileUrl.pathname.split('/').pop()!);
    return { data: { title: /title: (.*)/.exec(contents)?.[1] }, body: contents.split('---').pop()!.trim() };
  },
};
const write = (name: string, title: string) => writeFileSync(join(root, 'releases', name), `---\ntitle: ${title}\n---\nText of ${name}.\n`);
// A digest as Astro's: a function of the text.
const digest = (data: Record<string, unknown> | string) => `d:${typeof data === 'string' ? data : JSON.stringify(data)}`;

async function load(store: ReturnType<typeof memoryStore>, wrapped: boolean) {
  const context = {
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    collection: 'releases', store, logger: { warn() {}, error() {}, info() {} },
    parseData: async (p: { data: unknown }) => p.data, generateDigest: digest,
    entryTypes: new Map([['.md', entryType]]),
  } as unknown as LoaderContext;
  const loader = glob({ pattern: '**/*.md', base: join(root, 'releases'), generateId: ({ entry }) => entry.replace(/\.md$/, '') });
  await loader.load(wrapped ? { ...context, ...unparsedUnchanged(context) } : context);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'unparsed-'));
  mkdirSync(join(root, 'releases'));
  parses = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the glob loader given empty parses for files the store holds unchanged', () => {
  it('parses only new and changed files, and stores exactly what it stores when it parses every file', async () => {
    for (const name of ['a.md', 'b.md', 'c.md']) write(name, `Title ${name}`);
    const [fast, full] = [memoryStore(), memoryStore()];
    await load(fast, true);
    await load(full, false);
    expect(parses.sort()).toEqual(['a.md', 'a.md', 'b.md', 'b.md', 'c.md', 'c.md']);

    write('b.md', 'Changed');
    write('d.md', 'New');
    rmSync(join(root, 'releases', 'c.md'));
    parses = [];
    await load(fast, true);
    expect(parses.sort()).toEqual(['b.md', 'd.md']);
    await load(full, false);
    expect(fast.map).toEqual(full.map); // as maps: the loader reads files in no fixed order
    expect(fast.get('b')!.data).toEqual({ title: 'Changed' });
    expect(fast.get('a')!.data).toEqual({ title: 'Title a.md' });
    expect(fast.has('c')).toBe(false);
  });

  it('leaves the context as it is where Astro passes no entry types', () => {
    expect(unparsedUnchanged({ store: memoryStore(), generateDigest: digest } as unknown as LoaderContext)).toEqual({});
  });
});
