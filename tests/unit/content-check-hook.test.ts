import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';

describe('the build content check under Vitest', () => {
  it('leaves the generated content lists of the checkout alone (a build running there needs them)', () => {
    expect(process.env.VITEST).toBeTruthy();
    const root = mkdtempSync(join(tmpdir(), 'hook-'));
    mkdirSync(join(root, '.astro'));
    const file = join(root, '.astro', 'content-modules.mjs');
    writeFileSync(file, 'export default new Map();\n');
    const hook = contentCheck({ contentDir: join(root, 'content'), languages: ['ru'], now: new Date(), siteOrigin: 'https://example.org' }).hooks['astro:config:setup']!;
    const logger = { info() {}, warn() {}, error() {} };
    (hook as (o: unknown) => void)({ command: 'dev', config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, 'cache/')) }, logger });
    expect(existsSync(file)).toBe(true);
  });
});
