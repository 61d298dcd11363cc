/**
 * Reading a release's frontmatter for the check: YAML mistakes told in plain words at the line where the mistake is (the parser
 * often notices an unclosed quote or bracket lines later).
 */
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { say } from '../../i18n/messages.ts';

/** The frontmatter's YAML (it starts on line 2 of the file), the body and the body's first line. */
export function splitRelease(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { yaml: m[1] ?? '', body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** The line (of the YAML text, 1-based) where a quote or bracket opened and never closed. */
function unclosedLine(lines: string[], before: number): number | undefined {
  for (let i = 0; i < Math.min(before, lines.length); i++) {
    const value = /^\s*(?:-\s+)?(?:[^\s:#"'][^:#]*:\s+)?(.*)$/.exec(lines[i]!)?.[1] ?? '';
    const quote = value[0];
    if ((quote === '"' || quote === "'") && !new RegExp(`^${quote}(?:[^${quote}\\\\]|\\\\.|${quote}${quote})*${quote}`).test(value)) return i + 1;
    if (quote === '[' && !value.includes(']')) return i + 1;
  }
  return undefined;
}

/** One YAML error as a plain sentence and the line of the file it belongs to. */
function explain(e: YAMLError, lines: string[]): { line: number; message: string } {
  const at = e.linePos?.[0].line ?? 1;
  const text = lines[at - 1] ?? '';
  const file = (line: number) => line + 1;
  switch (e.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { line: file(at), message: say('yaml.colon') };
    case 'MISSING_CHAR':
      if (/quote/i.test(e.message)) return { line: file(unclosedLine(lines, at) ?? at), message: say('yaml.quote') };
      break;
    case 'TAB_AS_INDENT':
      return { line: file(at), message: say('yaml.tab') };
    case 'DUPLICATE_KEY':
      return { line: file(at), message: say('yaml.duplicate', { value: /^\s*([^:]+):/.exec(text)?.[1]?.trim() ?? text.trim() }) };
    case 'BAD_INDENT': {
      const open = /flow/i.test(e.message) ? unclosedLine(lines, at) : undefined;
      if (open) return { line: file(open), message: say('yaml.bracket') };
      return { line: file(at), message: say('yaml.indent') };
    }
    case 'UNEXPECTED_TOKEN':
      if (/"[^"]*"[^"\s]/.test(text)) return { line: file(at), message: say('yaml.quote') };
  }
  return { line: file(at), message: say('yaml.other', { detail: e.message.split(' at line')[0]! }) };
}

export interface ParsedYaml { doc: Document; lines: LineCounter }

/** The YAML document, or its problems (only the first: later ones follow from it). */
export function parseFrontmatter(yaml: string): ParsedYaml | { problems: { line: number; message: string }[] } {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, uniqueKeys: true });
  if (!doc.errors.length) {
    // Anchors, aliases and tags are never needed in a release, and an alias bomb would exhaust the reader.
    let odd: { line: number; message: string } | undefined;
    visit(doc, (_key, node) => {
      const at = isNode(node) && node.range ? lines.linePos(node.range[0]).line + 1 : 1;
      if (isAlias(node) || (isNode(node) && node.anchor)) odd = { line: at, message: say('yaml.alias') };
      else if (isNode(node) && node.tag && !/^tag:yaml\.org,2002:(str|int|float|bool|null|seq|map)$/.test(node.tag)) {
        odd = { line: at, message: say('yaml.tag', { value: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') }) };
      }
      return odd ? visit.BREAK : undefined;
    });
    return odd ? { problems: [odd] } : { doc, lines };
  }
  const sourceLines = yaml.split('\n');
  const first = doc.errors.map((e) => explain(e, sourceLines)).sort((a, b) => a.line - b.line)[0]!;
  return { problems: [first] };
}
