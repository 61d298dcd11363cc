/** Checks a YAML list such as content/agencies.yml row by row, with line numbers. */
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { say } from '../../i18n/messages.ts';
import type { Finding } from './check.ts';
import { issueMessages } from './check-schema.ts';

/** The rows of `path` that have an id (all of them, valid or not); problems go to `out`. */
export function checkList(path: string, file: string, schema: z.ZodType, out: Finding[]): ({ id: string } & Record<string, unknown>)[] {
  if (!existsSync(path)) {
    out.push({ file, line: 1, field: 'file', message: say('list.missing'), level: 'error' });
    return [];
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  const lineOf = (p: (string | number)[]) => {
    const node = doc.getIn(p, true) as { range?: number[] } | undefined;
    return node?.range ? lines.linePos(node.range[0]!).line : 1;
  };
  if (doc.errors.length) {
    for (const e of doc.errors) out.push({ file, line: (e.linePos?.[0].line ?? 1), field: 'file', message: say('list.yaml', { detail: e.message.split(' at line')[0]!.split('\n')[0]! }), level: 'error' });
    return [];
  }
  const rows = doc.toJS() as unknown;
  if (!Array.isArray(rows)) {
    out.push({ file, line: 1, field: 'file', message: say('list.notList'), level: 'error' });
    return [];
  }
  rows.forEach((row: Record<string, unknown>, i) => {
    if (typeof row?.id !== 'string') out.push({ file, line: lineOf([i]), field: `[${i}].id`, message: say('list.noId'), level: 'error' });
    const { id: _id, ...rest } = row ?? {};
    const result = schema.safeParse(rest);
    if (!result.success) {
      const fields = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
      for (const issue of result.error.issues) {
        for (const m of issueMessages(issue as never, doc.getIn([i, ...(issue.path as (string | number)[])]), () => fields)) {
          out.push({ file, line: lineOf([i, ...m.path]), field: `${row?.id ?? i}.${m.path.join('.')}`, message: m.message, level: 'error' });
        }
      }
    }
  });
  return rows.filter((r) => typeof r?.id === 'string');
}
