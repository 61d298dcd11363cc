/**
 * Bundles the editor's script with Sveltia CMS from node_modules into admin/,
 * at build time, so the repository holds no copy of the CMS. The bundle is
 * kept in the build cache under a hash of its inputs and copied when unchanged.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** CMS UI languages kept in the bundle (the others are dropped to keep admin/ small). */
export const UI_LOCALES = ['ru', 'en-GB', 'en-US', 'ar'];

/** Leaves out what the editor never uses: code-highlighting grammars and themes, other UI languages, Node modules. */
const trim: Plugin = {
  name: 'press-editor-trim',
  setup(b) {
    b.onResolve({ filter: /^@shikijs\/(langs|themes)\// }, (a) => ({ path: a.path, namespace: 'press-empty' }));
    b.onResolve({ filter: /\/locales\/[\w-]+\.json$/ }, (a) => {
      const name = /([\w-]+)\.json$/.exec(a.path)![1]!;
      return UI_LOCALES.includes(name) ? undefined : { path: a.path, namespace: 'press-empty' };
    });
    // newKey() shares write-release.ts with the Node tools; its file functions never run here.
    b.onResolve({ filter: /^node:(fs|path)$/ }, (a) => ({ path: a.path, namespace: 'press-node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'press-empty' }, () => ({ contents: 'export default {}', loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'press-node-stub' }, () => ({
      contents: 'const no = () => { throw new Error("not in the browser"); }; export const existsSync = no, mkdirSync = no, writeFileSync = no, join = no, dirname = no;',
      loader: 'js',
    }));
  },
};

/**
 * Sveltia CMS 0.221.1 keeps field validity per language and, after a failed save, only for the
 * languages switched on: switching one on afterwards, or drawing the language tabs, then reads
 * a missing entry and throws, so no field error is shown. Keep every language's entry. Pinned
 * to that version: when the text is not found the build stops, to look again on an upgrade.
 */
const VALIDITY_FIXES: [string, string][] = [
  ['validities:Object.fromEntries(Object.keys(r).map(e=>[e,{...r[e],...o[e],...l[e],...d[e]}]))',
    'validities:Object.fromEntries(Object.keys({...e.validities,...r}).map(e=>[e,{...r[e],...o[e],...l[e],...d[e]}]))'],
  ['Object.values(R(l)[t]).some(({valid:e})=>!e)', 'Object.values(R(l)[t]??{}).some(({valid:e})=>!e)'],
];
const patchValidity: Plugin = {
  name: 'press-editor-validity',
  setup(b) {
    b.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (a) => {
      let text = readFileSync(a.path, 'utf8');
      for (const [from, to] of VALIDITY_FIXES) {
        if (!text.includes(from)) throw new Error(`editor bundle: Sveltia CMS changed; check whether the validity fix in src/lib/editor/bundle.ts is still needed (${from.slice(0, 40)}…)`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

/** Files under `dir`, recursively (for hashing the script's own sources). */
const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)).sort();

/** A hash of the CMS version and the sources the bundle is made from. */
export function bundleKey(root: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'node_modules/@sveltia/cms/package.json')));
  for (const f of [...filesIn(join(root, 'src/lib/editor/browser')), join(root, 'src/lib/editor/bundle.ts'), join(root, 'src/i18n/format.ts'), join(root, 'src/lib/tools/write-release.ts'), join(root, 'src/lib/content/slug.ts')]) {
    hash.update(f.slice(root.length)).update(readFileSync(f));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where the bundle of these sources is kept in the cache. */
export const editorBundleFolder = (root: string, cacheDir: string): string => join(cacheDir, 'editor', bundleKey(root));

/**
 * Makes the bundle in the cache unless it is there; returns its folder. `npm run build` calls it before
 * Astro starts (scripts/build.ts), so esbuild's memory is not added to Astro's at the end of the build.
 */
export async function cachedEditorBundle(root: string, cacheDir: string): Promise<string> {
  const cached = editorBundleFolder(root, cacheDir);
  if (!existsSync(cached)) {
    const tmp = join(cacheDir, 'editor-new');
    rmSync(tmp, { recursive: true, force: true });
    await build({
      absWorkingDir: root,
      entryPoints: { editor: join(root, 'src/lib/editor/browser/main.ts') },
      bundle: true, splitting: true, format: 'esm', target: 'es2022', minify: process.env.PRESS_EDITOR_DEBUG !== '1',
      outdir: tmp, chunkNames: 'chunks/[name]-[hash]', assetNames: 'assets/[name]-[hash]',
      loader: { '.wasm': 'file', '.woff2': 'file', '.png': 'file' },
      legalComments: 'linked', logLevel: 'error', plugins: [trim, patchValidity],
    });
    // Fonts and WebAssembly encoders the CMS loads by URL next to its script (else from a CDN).
    cpSync(join(root, 'node_modules/@sveltia/cms/npm/assets'), join(tmp, 'assets'), { recursive: true, filter: (f) => !f.endsWith('.map') });
    rmSync(join(cacheDir, 'editor'), { recursive: true, force: true });
    mkdirSync(join(cacheDir, 'editor'), { recursive: true });
    cpSync(tmp, cached, { recursive: true });
    rmSync(tmp, { recursive: true, force: true });
  }
  return cached;
}

/** Writes editor.js and its chunks into `out`; returns the bytes written. */
export async function bundleEditor(root: string, out: string, cacheDir: string): Promise<number> {
  const cached = await cachedEditorBundle(root, cacheDir);
  cpSync(cached, out, { recursive: true });
  return filesIn(cached).reduce((sum, f) => sum + statSync(f).size, 0);
}
