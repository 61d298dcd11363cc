/**
 * Keeps the imports running one way between the project's folders:
 * pages → outputs, search → site → content → base; tools → content; nothing
 * imports pages, and only scripts (and the build's content check) import tools. Run by `npm test`;
 * `node scripts/check-imports.ts` prints every wrong import as file:line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';

interface Area {
  name: string;
  /** Repo-relative folders (ending in /) or files. */
  paths: string[];
  /** Other areas this one may import; an area may always import itself. */
  may: string[];
}

export const AREAS: Area[] = [
  { name: 'base', paths: ['src/config.ts', 'src/i18n/'], may: [] },
  { name: 'security', paths: ['src/lib/security/'], may: ['base'] },
  { name: 'content', paths: ['src/lib/content/', 'src/schema.ts', 'src/content.config.ts'], may: ['base'] },
  { name: 'site', paths: ['src/lib/site/'], may: ['content', 'base'] },
  { name: 'search', paths: ['src/lib/search/'], may: ['site', 'content', 'base'] },
  { name: 'outputs', paths: ['src/lib/outputs/'], may: ['site', 'content', 'security', 'base'] },
  { name: 'tools', paths: ['src/lib/tools/'], may: ['content', 'security', 'base'] },
  { name: 'editor', paths: ['src/lib/editor/'], may: ['tools', 'content', 'security', 'base'] },
  {
    name: 'pages',
    paths: ['src/pages/', 'src/components/', 'src/layouts/', 'src/scripts/', 'src/integrations/', 'src/styles/', 'astro.config.mjs'],
    may: ['editor', 'build-check', 'outputs', 'search', 'site', 'content', 'security', 'base'],
  },
  // The build runs `npm run check` itself (src/integrations/content-check.ts), so check and build never disagree;
  // in a worker thread (worker-answer.ts, also the kept output folder's), content loaders waiting for it (content).
  {
    name: 'build-check',
    paths: ['src/integrations/content-check.ts', 'src/integrations/content-check-worker.ts', 'src/integrations/worker-answer.ts'],
    may: ['tools', 'content', 'base'],
  },
  { name: 'scripts', paths: ['scripts/'], may: ['editor', 'tools', 'outputs', 'search', 'site', 'content', 'security', 'base'] },
];

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
// `import x from '…'`, `export … from '…'`, `import '…'`, `import('…')`.
const SPECIFIER = /\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"]+)\1/g;

export function areaOf(file: string, areas = AREAS): Area | undefined {
  const path = file.split('\\').join('/');
  let best: Area | undefined;
  let length = -1;
  for (const area of areas) {
    for (const p of area.paths) {
      const hit = p.endsWith('/') ? path.startsWith(p) : path === p;
      if (hit && p.length > length) { best = area; length = p.length; }
    }
  }
  return best;
}

export interface WrongImport { file: string; line: number; target: string; message: string }

/** Wrong imports in one file's text; `file` and the targets are repo-relative. */
export function wrongImports(file: string, text: string, areas = AREAS): WrongImport[] {
  const from = areaOf(file, areas);
  if (!from) return [];
  const found: WrongImport[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const target = normalize(join(dirname(file), m[2]!)).split('\\').join('/');
    const to = areaOf(target, areas);
    if (!to || to === from || from.may.includes(to.name)) continue;
    const line = text.slice(0, m.index).split('\n').length;
    found.push({ file, line, target, message: `${from.name} may not import ${to.name} (${target}); ${from.name} may import: ${[from.name, ...from.may].join(', ')}` });
  }
  return found;
}

function sources(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (statSync(full).isFile()) return [dir];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name))
    .map((d) => relative(root, join(d.parentPath, d.name)).split('\\').join('/'));
}

/** Every wrong import below `root` in the areas' files. */
export function checkTree(root: string, areas = AREAS): WrongImport[] {
  const files = [...new Set(areas.flatMap((a) => a.paths.flatMap((p) => sources(root, p))))].sort();
  return files.flatMap((f) => wrongImports(f, readFileSync(join(root, f), 'utf8'), areas));
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  const wrong = checkTree(root);
  for (const w of wrong) console.error(`${w.file}:${w.line}: ${w.message}`);
  if (wrong.length) {
    console.error(`${wrong.length} import(s) run the wrong way; the rules are in scripts/check-imports.ts.`);
    process.exit(1);
  }
  console.log('imports: every folder imports only what it may');
}
