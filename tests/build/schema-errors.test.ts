import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, assembleContent, astroBuild, buildEnv } from '../support/fixture.ts';

/** Builds the sample content plus one bad release; returns the build's output. */
function buildWith(name: string, frontmatter: string): { status: number | null; output: string } {
  const root = join(FIXTURE, 'bad', name);
  const content = join(root, 'content');
  assembleContent(content);
  mkdirSync(join(content, 'releases/ru/2026'), { recursive: true });
  writeFileSync(join(content, 'releases/ru/2026', `${name}.md`), `---\n${frontmatter}\n---\n\nТекст.\n`);
  return astroBuild(buildEnv(content, join(root, 'dist')));
}

const base = 'agency: khovar\ntranslationKey: bad-one\n';

describe('a release with bad frontmatter fails the build', () => {
  it.each([
    ['missing-title', `date: 2026-01-01T10:00:00+05:00\n${base}`, 'title', /required: the headline/],
    ['bad-date', `title: Т\ndate: "2026-01-01 10:00"\n${base}`, 'date', /"2026-01-01 10:00" is not written as a date, time and offset; write e\.g\. 2026-01-01T10:00:00\+05:00/],
    // YAML would read this as midnight UTC: 31 December in the Americas.
    ['bare-day', `title: Т\ndate: 2026-01-01\n${base}`, 'date', /"2026-01-01" has no time and offset/],
    ['unknown-country', `title: Т\ndate: 2026-01-01T10:00:00+05:00\n${base}participants:\n  countries: [XX]`, 'participants.countries.0', /unknown country code "XX"/],
  ])('%s: names the file and the field', (name, frontmatter, field, message) => {
    const { status, output } = buildWith(name, frontmatter);
    expect(status).not.toBe(0);
    expect(output).toContain(`${name}.md`);
    expect(output).toContain(field);
    expect(output).toMatch(message);
  }, 300_000); // waits its turn behind other tests' builds

  it('an unknown agency names the file and the field', () => {
    const { status, output } = buildWith('unknown-agency', 'title: Т\ndate: 2026-01-01T10:00:00+05:00\nagency: khovarr\ntranslationKey: bad-two');
    expect(status).not.toBe(0);
    expect(output).toMatch(/unknown-agency\.md:4: agency: unknown agency "khovarr"; did you mean "khovar"\?/);
  }, 300_000); // waits its turn behind other tests' builds
});
