/**
 * HTML validation of a built site with html-validate, configured by the
 * project's .htmlvalidate.json (html-validate:recommended, relaxed rules commented there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlPages } from './dist.ts';
import { ROOT } from './fixture.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Error messages for one HTML document, as "name:line:column rule: message". */
export async function validateHtml(html: string, name = 'inline.html'): Promise<string[]> {
  // The file name must lie inside the project so that .htmlvalidate.json applies.
  const report = await validator.validateString(html, join(ROOT, name));
  return report.results.flatMap((r) => r.messages
    .filter((m) => m.severity === 2)
    .map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** Validates every HTML page below `dir`; returns how many pages and every error. */
export async function validateSite(dir: string): Promise<{ pages: number; errors: string[] }> {
  const pages = htmlPages(dir);
  const errors: string[] = [];
  for (const file of pages) errors.push(...await validateHtml(readFileSync(join(dir, file), 'utf8'), file));
  return { pages: pages.length, errors };
}
