import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_LANGUAGES, assembleContent, astroBuild, buildEnv } from '../support/fixture.ts';

/** Builds the sample content plus one release whose body is `body`; returns the build's result. */
function buildWith(name: string, body: string) {
  const root = join(FIXTURE, 'unsafe', name);
  const content = join(root, 'content');
  assembleContent(content);
  mkdirSync(join(content, 'releases/en/2026'), { recursive: true });
  const frontmatter = `title: Unsafe\ndate: 2026-01-01T10:00:00+05:00\nagency: khovar\ntranslationKey: unsafe-${name}`;
  writeFileSync(join(content, 'releases/en/2026', `${name}.md`), `---\n${frontmatter}\n---\n\n${body}\n`);
  const env = buildEnv(content, join(root, 'dist'), { PRESS_LANGUAGES: FIXTURE_LANGUAGES });
  // Twice: a second build must fail too, whatever the content cache kept from the first.
  return [astroBuild(env), astroBuild(env)];
}

// Policy: unsafe raw HTML fails the build (nothing is silently stripped from a release).
describe('raw HTML outside the safe subset fails the build, naming the file', () => {
  it.each([
    // The body starts on line 8 of the file (6 lines of frontmatter, then a blank line).
    ['with-script', 'Text.\n\n<script>alert("x")</script>', '10: text: <script> is not allowed'],
    ['with-onerror', 'Text.\n\n<img src="/x.png" alt="" onerror="alert(1)">', '10: text: <img onerror="…">'],
  ])('%s', (name, body, message) => {
    for (const { status, output } of buildWith(name, body)) {
      expect(status).not.toBe(0);
      expect(output).toContain(`${name}.md:${message}`);
      expect(output).not.toContain('Stack trace');
    }
  }, 300_000); // waits its turn behind other tests' builds
});
