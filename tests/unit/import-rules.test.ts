import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaOf, checkTree, wrongImports } from '../../scripts/check-imports.ts';

describe('import direction', () => {
  it('holds in the project as it is', () => {
    expect(checkTree(resolve(import.meta.dirname, '../..'))).toEqual([]);
  });

  it('refuses an import that runs the wrong way, naming file and line', () => {
    const text = "import { x } from './paginate.ts';\nimport { checkRelease } from '../tools/check.ts';\n";
    const [wrong, ...rest] = wrongImports('src/lib/site/group.ts', text);
    expect(rest).toEqual([]);
    expect(wrong).toMatchObject({ file: 'src/lib/site/group.ts', line: 2, target: 'src/lib/tools/check.ts' });
    expect(wrong!.message).toMatch(/^site may not import tools/);
  });

  it('refuses content reaching up into site structure, and anything but scripts reaching tools or pages', () => {
    expect(wrongImports('src/lib/content/release.ts', "import { NAV } from '../site/nav.ts';")).toHaveLength(1);
    expect(wrongImports('src/components/Header.astro', "---\nimport { check } from '../lib/tools/check.ts';\n---")).toHaveLength(1);
    expect(wrongImports('src/lib/outputs/seo.ts', "import X from '../../components/Footer.astro';")).toHaveLength(1);
    expect(wrongImports('scripts/check.ts', "import { check } from '../src/lib/tools/check.ts';")).toEqual([]);
    expect(wrongImports('src/pages/index.astro', "const m = await import('../lib/site/suggest.ts');")).toEqual([]);
  });

  it('covers every source file of src/ and scripts/, so a new folder cannot slip past the rules', () => {
    const root = resolve(import.meta.dirname, '../..');
    const files = ['src', 'scripts'].flatMap((d) => readdirSync(join(root, d), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name))
      .map((e) => relative(root, join(e.parentPath, e.name))));
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => !areaOf(f))).toEqual([]);
  });
});
