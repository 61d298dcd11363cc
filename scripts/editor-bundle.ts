/**
 * Makes the editor's CMS bundle (src/lib/editor/bundle.ts) into the build cache unless it is there.
 * `npm run build` runs it in a process of its own before Astro starts (scripts/build.ts): esbuild
 * grows to ≈ 200 MiB while bundling the CMS, which Astro's last hook would otherwise add to Astro's peak.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { stop } from 'esbuild';
import { cacheDir } from '../src/config.ts';
import { cachedEditorBundle, editorBundleFolder } from '../src/lib/editor/bundle.ts';

const root = resolve(import.meta.dirname, '..');
const cache = resolve(root, cacheDir);
const there = existsSync(editorBundleFolder(root, cache));
await cachedEditorBundle(root, cache);
await stop();
console.log(`${new Date().toTimeString().slice(0, 8)} [press-editor] CMS bundle ${there ? 'already in' : 'made into'} the build cache`);
