/**
 * The check's cache of passed files (src/lib/tools/check-cache.ts): a warm run says exactly what
 * a cold run says, and nothing the current rules, options or file refuse is ever taken from it.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckCache, ruleSources } from '../../src/lib/tools/check-cache.ts';
import { runCheck } from '../../src/lib/tools/check-run.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
const content = () => join(dir, 'content');
const cacheDir = () => join(dir, 'cache');
const run = (cache = true, now = '2026-06-01T12:00:00Z') => runCheck(content(), { languages: ['ru', 'en', 'tg'], now: new Date(now), imageBudgetMb: 2, cacheDir: cache ? cacheDir() : undefined });
const release = (name: string) => join(content(), 'releases/en/2020', name);
const lines = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.file.split('/').pop()}:${f.line}: ${f.field}: ${f.message}`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-cache-'));
  cpSync(join(ROOT, 'content'), content(), { recursive: true });
  writeFileSync(release('bad.md'), readFileSync(release('cis-info-consultations.md'), 'utf8')
    .replace(/^translationKey: .*$/m, 'translationKey: bad-one').replace(/\n---\n/, '\n---\n\n[x](javascript:alert(1))\n'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the check remembers passed files', () => {
  it('a warm run takes every unchanged good file from the cache and reports exactly what a cold run reports', () => {
    const cold = run(false);
    const first = run();
    const warm = run();
    expect(lines(cold)).toEqual([expect.stringContaining('bad.md')]);
    expect(first.unchanged).toBe(0);
    expect(warm.unchanged).toBe(warm.releases - 1); // all but bad.md, checked again every time
    expect(lines(first)).toEqual(lines(cold));
    expect(lines(warm)).toEqual(lines(cold));
  });

  it('checks a changed file again: a passed release made bad is refused', () => {
    run();
    const file = release('moscow-compatriots-online.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2020-02-30T10:00:00+05:00'));
    expect(lines(run()).join('\n')).toMatch(/moscow-compatriots-online\.md:\d+: date: .*not a real date/);
  });

  it('a build time rolled back is applied to cached files too: a release now in the future is refused', () => {
    run();
    const back = run(true, '2020-01-01T00:00:00Z');
    expect(back.unchanged).toBe(back.releases - 1);
    expect(lines(back)).toEqual(lines(run(false, '2020-01-01T00:00:00Z')));
    expect(lines(back).join('\n')).toMatch(/cis-info-consultations\.md:\d+: date: is in the future/);
  });

  it('checks every file again when the options change: an agency removed from agencies.yml', () => {
    run();
    const agencies = join(content(), 'agencies.yml');
    writeFileSync(agencies, readFileSync(agencies, 'utf8').replace(/^- id: mfa-tj$/m, '- id: mfa-tajikistan'));
    const warm = run();
    expect(warm.unchanged).toBe(0);
    expect(lines(warm).join('\n')).toContain('unknown agency "mfa-tj"');
  });

  it('takes nothing from a cache written by other rules, or from a damaged one', () => {
    const file = join(dir, 'c.bin');
    const a = new CheckCache(file, 'ctx', 'rules-a');
    const key = a.key('x.md', 'en/2020/x', Buffer.from('text'));
    a.set(key, { data: {} as never });
    a.save();
    expect(new CheckCache(file, 'ctx', 'rules-a').get(key)).toBeDefined();
    const b = new CheckCache(file, 'ctx', 'rules-b');
    expect(b.get(b.key('x.md', 'en/2020/x', Buffer.from('text')))).toBeUndefined();
    run();
    for (const f of readdirSync(cacheDir())) writeFileSync(join(cacheDir(), f), 'not a cache');
    expect(lines(run())).toEqual(lines(run(false)));
  });

  it('its rules version covers every module the check runs', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      const rel = file.slice(ROOT.length + 1);
      if (seen.has(rel)) return;
      seen.add(rel);
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) visit(resolve(dirname(file), m[1]!));
    };
    visit(join(ROOT, 'src/lib/tools/check-run.ts'));
    expect(seen.size).toBeGreaterThan(10);
    const sources = new Set(ruleSources());
    expect([...seen].filter((f) => !sources.has(f))).toEqual([]);
  });
});
