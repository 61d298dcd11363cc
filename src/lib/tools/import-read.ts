/**
 * Reads an input file of any kind the importer takes into text lines (and
 * pictures): .txt in UTF-8 or the Cyrillic Windows code page (converted, with
 * a notice), .docx through mammoth, .html/.htm through import-html.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import mammoth from 'mammoth';
import { readHtml, type ReadInput } from './import-html.ts';

export type { InputPicture, ReadInput } from './import-html.ts';

export interface ReadResult extends ReadInput {
  /** Set when a text had to be converted from Windows-1251. */
  converted?: 'windows-1251';
}

export class UnsupportedInput extends Error {}

/** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1251 (what Russian and Tajik Windows save). */
export function decodeText(bytes: Uint8Array): { text: string; converted?: 'windows-1251' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), converted: 'windows-1251' };
  }
}

/** Word styles that stand for the headline and for a picture's caption, in English and Russian Word. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Название'] => h1:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Название объекта'] => p.caption:fresh",
];

/** The text and pictures of a .docx file (mammoth keeps images as data: addresses, alt text from Word). */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  return readHtml(value);
}

/** Reads `file` by its extension. */
export async function readInput(file: string): Promise<ReadResult> {
  const ext = extname(file).toLowerCase();
  const bytes = readFileSync(file);
  if (ext === '.docx') return readDocx(bytes);
  if (ext === '.html' || ext === '.htm') {
    const { text, converted } = decodeText(bytes);
    const dir = dirname(resolve(file));
    const local = (src: string) => {
      const path = resolve(dir, src.replace(/[?#].*$/, ''));
      return path.startsWith(dir) && existsSync(path) ? readFileSync(path) : undefined;
    };
    return { ...readHtml(text, local), ...(converted ? { converted } : {}) };
  }
  if (ext === '.txt' || ext === '.text' || ext === '') {
    const { text, converted } = decodeText(bytes);
    return { text, headlineUrls: new Map(), pictures: [], ...(converted ? { converted } : {}) };
  }
  throw new UnsupportedInput(file);
}
