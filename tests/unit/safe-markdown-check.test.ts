import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeMarkdown } from '../../src/integrations/safe-markdown.ts';

const ORIGIN = 'https://press.example.org';

describe('the safe-Markdown check before a build', () => {
  it('reports unsafe files every time, and skips files that passed before with the same rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safe-md-'));
    mkdirSync(join(dir, 'ru'));
    writeFileSync(join(dir, 'ru', 'ok.md'), '---\ntitle: x\n---\n\nText.\n');
    writeFileSync(join(dir, 'ru', 'bad.md'), '---\ntitle: x\n---\n\n<script>alert(1)</script>\n');
    const cache = join(dir, 'cache', 'safe-markdown.json');
    expect((await unsafeMarkdown(dir, ORIGIN, cache)).length).toBe(1);
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as { passed: string[] };
    expect(saved.passed).toHaveLength(1);
    // Still refused on the next run: only passes are remembered.
    expect((await unsafeMarkdown(dir, ORIGIN, cache)).length).toBe(1);
    // A remembered pass is not checked again: proof, a pass recorded for a file that would fail.
    const badDigest = (await import('node:crypto')).createHash('sha1').update(readFileSync(join(dir, 'ru', 'bad.md'), 'utf8')).digest('base64url');
    writeFileSync(cache, JSON.stringify({ ...JSON.parse(readFileSync(cache, 'utf8')), passed: [...saved.passed, badDigest] }));
    expect(await unsafeMarkdown(dir, ORIGIN, cache)).toEqual([]);
    // Another origin (or other rules) checks everything again.
    expect((await unsafeMarkdown(dir, 'https://other.example.org', cache)).length).toBe(1);
  });
});
