import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
});
