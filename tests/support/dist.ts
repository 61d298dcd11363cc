/** Reading the built fixture: files, pages parsed into DOMs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { FIXTURE_DIST } from './fixture.ts';

/** Every file below dist/, as paths relative to it with forward slashes. */
export function distFiles(dir = FIXTURE_DIST): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** The site's pages: every HTML file but the press officers' editor (admin/, tested in tests/build/editor.test.ts). */
export const htmlPages = (dir = FIXTURE_DIST): string[] => distFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));

export function read(path: string, dir = FIXTURE_DIST): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** The page at a site path such as "/ru/" as a DOM document. */
export function page(sitePath: string, dir = FIXTURE_DIST): Document {
  const file = join(dir, sitePath.replace(/^\//, ''), sitePath.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${sitePath} (${file})`);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

export const exists = (sitePath: string, dir = FIXTURE_DIST): boolean =>
  existsSync(join(dir, sitePath.replace(/^\//, ''), sitePath.endsWith('/') ? 'index.html' : ''));
