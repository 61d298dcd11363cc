import { describe, expect, it } from 'vitest';
import { codeChanged, embargoOf, embargoesDue, plan, type PlanInput } from '../../scripts/publish/plan.ts';

const release = (front: string) => `---\ntitle: "T"\ndate: 2026-05-01T10:00:00+05:00\n${front}\n---\n\nBody.\n`;

describe('embargoOf', () => {
  it('reads the embargo of the frontmatter, quoted or not', () => {
    expect(embargoOf(release('embargo: 2026-06-01T09:00:00+05:00'))?.toISOString()).toBe('2026-06-01T04:00:00.000Z');
    expect(embargoOf(release('embargo: "2026-06-01T04:00:00Z"'))?.toISOString()).toBe('2026-06-01T04:00:00.000Z');
  });
  it('ignores releases without one, drafts, and the word in the body', () => {
    expect(embargoOf(release('agency: mfa-tj'))).toBeUndefined();
    expect(embargoOf(release('draft: true\nembargo: 2026-06-01T09:00:00+05:00'))).toBeUndefined();
    expect(embargoOf(`${release('agency: x')}\nembargo: 2026-06-01T09:00:00+05:00\n`)).toBeUndefined();
  });
});

describe('the deploy plan', () => {
  const base: PlanInput = {
    event: 'schedule', head: 'b', changed: [], now: new Date('2026-06-01T10:00:00Z'), embargoes: [],
    deployed: { commit: 'a', buildTime: '2026-06-01T09:50:00Z' },
  };
  it('a scheduled run builds only when an embargo ended since the live build', () => {
    expect(plan(base)).toMatchObject({ build: false });
    expect(plan({ ...base, embargoes: [new Date('2026-06-01T09:50:00Z')] })).toMatchObject({ build: false }); // already live
    expect(plan({ ...base, embargoes: [new Date('2026-06-01T10:00:01Z')] })).toMatchObject({ build: false }); // not yet
    expect(plan({ ...base, embargoes: [new Date('2026-06-01T09:55:00Z')] })).toMatchObject({ build: true, full: false });
    // A run that comes late still catches every embargo since the live build, however long ago.
    expect(plan({ ...base, deployed: { commit: 'a', buildTime: '2026-05-01T00:00:00Z' }, embargoes: [new Date('2026-05-20T00:00:00Z')] }).build).toBe(true);
  });
  it('pushes always build; only code changes run the whole suite', () => {
    expect(plan({ ...base, event: 'push', changed: ['content/releases/ru/2026/x.md'] })).toMatchObject({ build: true, full: false });
    expect(plan({ ...base, event: 'push', changed: ['content/releases/ru/2026/x.md', 'src/pages/index.astro'] })).toMatchObject({ build: true, full: true });
    expect(plan({ ...base, event: 'push', changed: undefined })).toMatchObject({ build: true, full: true });
  });
  it('a scheduled run also publishes commits that are not live yet (a push whose run was replaced)', () => {
    expect(plan({ ...base, changed: ['content/releases/ru/2026/x.md'] })).toMatchObject({ build: true, full: false });
    expect(plan({ ...base, changed: ['src/pages/index.astro'] })).toMatchObject({ build: true, full: true });
    expect(plan({ ...base, changed: undefined })).toMatchObject({ build: true, full: true });
  });
  it('without a readable live site it builds and tests everything', () => {
    expect(plan({ ...base, deployed: undefined })).toMatchObject({ build: true, full: true });
  });
  it('embargoesDue and codeChanged', () => {
    const d = (s: string) => new Date(s);
    expect(embargoesDue([d('2026-01-01T00:00:00Z'), d('2026-01-02T00:00:00Z')], d('2026-01-01T00:00:00Z'), d('2026-01-03T00:00:00Z'))).toEqual([d('2026-01-02T00:00:00Z')]);
    expect(codeChanged(['content/agencies.yml'])).toBe(false);
    expect(codeChanged(['contents.md'])).toBe(true);
    expect(codeChanged(['site/releases/a.md'], 'site/')).toBe(false);
  });
});
