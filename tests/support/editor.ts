/**
 * Driving /admin/ (Sveltia CMS) in Chromium against its own test back end, which keeps the
 * repository in the browser's origin-private file system: the test seeds it with a content
 * folder and reads back what the editor saved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';

/** The OPFS folder Sveltia's test back end works in. */
const ROOT = 'sveltia-cms-test';

/** Serves the built config with the test back end instead of GitHub. */
export async function useTestBackend(page: Page): Promise<void> {
  await page.route('**/admin/config.yml*', async (route) => {
    const res = await route.fetch();
    const text = (await res.text()).replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
    await route.fulfill({ response: res, body: text });
  });
}

/** Copies `dir` into the test repository as `content/` (call on an /admin/ page, before signing in). */
export async function seedRepository(page: Page, dir: string): Promise<void> {
  const files: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) files[join('content', relative(dir, join(d.parentPath, d.name)))] = readFileSync(join(d.parentPath, d.name)).toString('base64');
  }
  await page.evaluate(async ({ root, files }) => {
    const top = await (await navigator.storage.getDirectory()).getDirectoryHandle(root, { create: true });
    for (const [path, b64] of Object.entries(files)) {
      const parts = path.split('/');
      let dirHandle = top;
      for (const p of parts.slice(0, -1)) dirHandle = await dirHandle.getDirectoryHandle(p, { create: true });
      const writable = await (await dirHandle.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, { root: ROOT, files });
}

/** Every file of the test repository: path → bytes (base64). */
export async function readRepository(page: Page): Promise<Map<string, Buffer>> {
  const entries = await page.evaluate(async (root) => {
    const out: [string, string][] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let text = '';
          for (const b of bytes) text += String.fromCharCode(b);
          out.push([`${prefix}${name}`, btoa(text)]);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(root), '');
    return out;
  }, ROOT);
  return new Map(entries.map(([p, b64]) => [p, Buffer.from(b64, 'base64')]));
}

/** Helpers for one language's pane of the entry editor. */
export function editorPane(page: Page, lang: string) {
  const pane = page.locator(`[data-locale="${lang}"]`).first();
  const field = (path: string) => pane.locator(`section[data-key-path="${path}"]`).first();
  /** Scrolls the pane until the field is drawn: the CMS draws fields as they come into view. */
  const reveal = async (path: string) => {
    for (let i = 0; i < 30 && (await field(path).count()) === 0; i++) {
      await pane.hover();
      await page.mouse.wheel(0, 500);
    }
    await field(path).scrollIntoViewIfNeeded();
    return field(path);
  };
  return {
    pane,
    field,
    reveal,
    fill: async (path: string, value: string) => (await reveal(path)).locator('input, textarea').first().fill(value),
    /** Chooses options of a select field by their labels. */
    async choose(path: string, ...labels: RegExp[]) {
      for (const label of labels) {
        // A dispatched click: Playwright's own waits for the re-rendered combobox to settle.
        await (await reveal(path)).getByRole('combobox').dispatchEvent('click');
        await page.getByRole('option', { name: label }).first().click();
      }
    },
    async typeBody(text: string) {
      await (await reveal('body')).locator('[contenteditable="true"]').click();
      await page.keyboard.type(text);
    },
  };
}
