import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileMemo } from '../../src/lib/content/file-memo.ts';

const dir = mkdtempSync(join(tmpdir(), 'file-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('facts remembered per file between builds', () => {
  it('reads a file again only when it was written again, or the rules changed', () => {
    const page = join(dir, 'index.html');
    const store = join(dir, 'memo.json');
    writeFileSync(page, 'first');
    const reads: string[] = [];
    const facts = (file: string) => { reads.push(file); return { length: (file === page ? 'x' : '').length }; };
    const one = new FileMemo<{ length: number }>(store, 'v1');
    one.get(page, facts);
    one.save();
    const two = new FileMemo<{ length: number }>(store, 'v1');
    expect(two.get(page, facts)).toEqual({ length: 1 });
    expect([two.read, two.remembered]).toEqual([0, 1]);
    two.save();
    writeFileSync(page, 'other'); // same size, written again (a later time, as by the next build)
    utimesSync(page, new Date(), new Date(Date.now() + 5000));
    const three = new FileMemo<{ length: number }>(store, 'v1');
    three.get(page, facts);
    expect(three.read).toBe(1);
    three.save();
    const four = new FileMemo<{ length: number }>(store, 'v2');
    four.get(page, facts);
    expect(four.read).toBe(1);
    expect(reads.length).toBe(3);
  });

  it('answers undefined for a file that is not there, and throws for it where the file is expected', () => {
    const memo = new FileMemo<number>(join(dir, 'missing.json'), 'v1');
    const missing = join(dir, 'no-such', 'index.html');
    expect(memo.getIfThere(missing, () => 1)).toBeUndefined();
    expect(() => memo.get(missing, () => 1)).toThrow(/ENOENT/);
    writeFileSync(join(dir, 'there.html'), 'x');
    expect(memo.getIfThere(join(dir, 'there.html'), () => 7)).toBe(7);
    expect(memo.read).toBe(1);
  });

  it('keeps no part of the text it read: what it remembers holds no view into each file', () => {
    // A regular expression's match is, in V8, a view that keeps the whole string alive.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memo = new FileMemo<{ href?: string }>(join(dir, 'views.json'), 'v1');
    const files = Array.from({ length: 40 }, (_, i) => {
      const file = join(dir, `page-${i}.html`);
      writeFileSync(file, `<link href="https://press.example.org/ru/2026/${i}/">${'Пресс-релиз о встрече. '.repeat(50_000)}`);
      return file;
    });
    gc();
    const before = process.memoryUsage().heapUsed;
    // 40 pages of 1.15 M characters, two bytes each in memory: ≈ 88 MiB if the memo kept them.
    const got = files.map((file) => memo.get(file, (f) => ({ href: /href="([^"]+)"/.exec(readFileSync(f, 'utf8'))?.[1] })));
    gc();
    const kept = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    expect(got[3]!.href).toBe('https://press.example.org/ru/2026/3/');
    expect(kept).toBeLessThan(10);
  });
});
