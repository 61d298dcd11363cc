/** Searching a built site for text: every file, compressed ones (search index fragments) unpacked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distFiles } from './dist.ts';

/** A file's content as text; gzip data (pagefind's .pf_* files, *.gz) is unpacked first. */
export function fileText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try { return gunzipSync(bytes).toString('latin1') + gunzipSync(bytes).toString('utf8'); } catch { /* not gzip after all */ }
  }
  return bytes.toString('utf8');
}

/** Files of `dir` whose name or content contains `marker`, as "file" paths. */
export function filesContaining(dir: string, marker: string): string[] {
  return distFiles(dir).filter((f) => f.includes(marker) || fileText(join(dir, f)).includes(marker));
}
