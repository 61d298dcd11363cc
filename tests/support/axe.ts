/**
 * axe-core in a real page. The source is evaluated through the browser's
 * debugging protocol, which the site's CSP does not govern, so the page is
 * audited under its real policy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 level A and AA rules. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeSummary {
  /** "rule-id: target, target" per violation. */
  violations: string[];
  /** How many rules passed: proof that axe really ran. */
  passes: number;
}

export async function audit(page: Page, tags: string[] = WCAG_AA): Promise<AxeSummary> {
  await page.evaluate(SOURCE);
  return page.evaluate(async (runOnly) => {
    type Result = { passes: unknown[]; violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
    const r = await axe.run(document, { runOnly });
    return {
      violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).join(', ')}`),
      passes: r.passes.length,
    };
  }, tags);
}
