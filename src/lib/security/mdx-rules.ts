/**
 * What an .mdx release may hold beyond Markdown. MDX runs JavaScript at build
 * time, and an attribute written as {expression} or a spread {...props} cannot
 * be checked by reading it, so a release may use only what can be proven safe:
 * - `export const name = …` of a value below (no import, no other export);
 * - {expressions} made of text, numbers, true/false/null, `…${…}…` templates,
 *   lists, `+`, a few text methods (join, trim, toUpperCase…) and the names
 *   exported above: they can only produce text, which the page escapes;
 * - HTML tags of the raw-HTML subset with literal attribute values in quotes,
 *   held to the same rules as raw HTML in Markdown (html-rules.ts);
 * - no components, no Astro directives (set:html, class:list…).
 * The content check and the Markdown renderer apply these same functions.
 */
import { parse, type Node as EsNode } from 'acorn';
import { say } from '../../i18n/messages.ts';
import { elementProblems } from './html-rules.ts';

/** MDX nodes as satteri's HAST (and its MDAST) give them. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

// String and list methods that return text or lists of text and take only such arguments.
const METHODS = new Set(['join', 'trim', 'trimStart', 'trimEnd', 'toUpperCase', 'toLowerCase', 'concat', 'slice', 'at', 'toString']);

type Es = EsNode & Record<string, unknown>;

/** Whether an expression can only be text, a number, true/false/null or a list of them. */
function safeExpression(e: Es | null | undefined, names: Set<string>): boolean {
  if (!e) return true;
  switch (e.type) {
    case 'Literal': return !('regex' in e) && !('bigint' in e);
    case 'Identifier': return names.has(e.name as string);
    case 'TemplateLiteral': return (e.expressions as Es[]).every((x) => safeExpression(x, names));
    case 'ArrayExpression': return (e.elements as (Es | null)[]).every((x) => x?.type !== 'SpreadElement' && safeExpression(x, names));
    case 'BinaryExpression': return e.operator === '+' && safeExpression(e.left as Es, names) && safeExpression(e.right as Es, names);
    case 'ConditionalExpression': return [e.test, e.consequent, e.alternate].every((x) => safeExpression(x as Es, names));
    case 'CallExpression': {
      const callee = e.callee as Es;
      return callee.type === 'MemberExpression' && !callee.computed && !callee.optional
        && METHODS.has((callee.property as Es).name as string) && safeExpression(callee.object as Es, names)
        && (e.arguments as Es[]).every((a) => a.type !== 'SpreadElement' && safeExpression(a, names));
    }
    default: return false;
  }
}

const program = (code: string): Es[] | undefined => {
  try {
    return parse(code, { ecmaVersion: 'latest', sourceType: 'module' }).body as unknown as Es[];
  } catch { return undefined; }
};

/** The names a file's `export const` lines define, each holding a safe value (else none count). */
export function exportedNames(esm: string[]): Set<string> {
  const names = new Set<string>();
  for (const code of esm) {
    for (const s of program(code) ?? []) {
      const decl = s.type === 'ExportNamedDeclaration' ? (s.declaration as Es | null) : undefined;
      if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
      for (const d of decl.declarations as Es[]) if ((d.id as Es).type === 'Identifier') names.add((d.id as Es).name as string);
    }
  }
  return names;
}

const short = (code: string) => code.replace(/\s+/g, ' ').trim().slice(0, 60);

/** The problems of one MDX node; `names` are the file's exported constants. */
export function mdxProblems(node: MdxNode, names: Set<string>, siteOrigin: string): string[] {
  const code = node.value ?? '';
  if (node.type === 'mdxjsEsm') {
    const body = program(code);
    const ok = body?.every((s) => {
      const decl = s.type === 'ExportNamedDeclaration' && !s.source ? (s.declaration as Es | null) : undefined;
      return decl?.type === 'VariableDeclaration' && decl.kind === 'const'
        && (decl.declarations as Es[]).every((d) => (d.id as Es).type === 'Identifier' && safeExpression(d.init as Es, names));
    });
    return ok ? [] : [say('mdx.esm', { value: short(code) })];
  }
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    // A comment, {/* … */}, is an empty program; anything else must be one safe expression.
    const body = program(code);
    const ok = body && (body.length === 0 || (body.length === 1 && body[0]!.type === 'ExpressionStatement'
      && safeExpression(body[0]!.expression as Es, names)));
    return ok ? [] : [say('mdx.expression', { value: short(code) })];
  }
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
  if (node.name == null) return []; // a fragment, <>…</>
  const tag = node.name;
  if (!/^[a-z][a-z0-9]*$/.test(tag)) return [say('mdx.component', { tag })];
  const problems: string[] = [];
  const props: Record<string, unknown> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute') problems.push(say('mdx.spread', { tag, value: short(String(a.value ?? '')) }));
    else if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(a.name ?? '')) problems.push(say('mdx.directive', { tag, attr: a.name ?? '' }));
    else if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') problems.push(say('mdx.attribute', { tag, attr: a.name! }));
    else props[a.name!] = a.value ?? '';
  }
  return [...problems, ...elementProblems({ tagName: tag, properties: props }, siteOrigin)];
}
