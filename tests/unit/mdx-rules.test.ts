import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { bodyProblems } from '../../src/lib/security/body-rules.ts';
import { safeMarkdown, UnsafeHtmlError } from '../../src/lib/security/safe-markdown.ts';

const SITE = 'https://press.example.org';
const check = (mdx: string) => bodyProblems(mdx, true, SITE).map((p) => `${p.line}: ${p.message}`);
/** What the renderer's own guard says when the build compiles the MDX. */
function guard(mdx: string): string[] {
  try {
    mdxToJs(mdx, { hastPlugins: [safeMarkdown(SITE, true)] });
    return [];
  } catch (e) {
    if (!(e instanceof UnsafeHtmlError)) throw e;
    return e.problems;
  }
}

// What a hostile or careless author might write in an .mdx release, each refused by both.
const REFUSED: [string, string][] = [
  ['<a href={"javascript:alert(1)"}>x</a>', 'value in braces'],
  ['<img src={`javascript:${1}`} alt="" />', 'value in braces'],
  ['<a {...props}>x</a>', 'attributes in braces'],
  ['<Fragment set:html="<script>alert(1)</script>" />', 'not components'],
  ['<div set:html="<script>alert(1)</script>" />', 'this attribute is not allowed'],
  ['<div class:list={["a"]}>x</div>', 'this attribute is not allowed'],
  ['<a onClick="steal()">y</a>', 'event-handler'],
  ['<script>alert(1)</script>', '<script> is not allowed'],
  ['<a href="JaVaScRiPt:alert(1)">y</a>', 'only http(s)'],
  ['<img src="https://cdn.example/p.jpg" alt="p" />', 'must be files'],
  ['{process.env.HOME}', 'inside braces'],
  ['{<a href="javascript:1">x</a>}', 'inside braces'],
  ['{fetch("https://x.example/")}', 'inside braces'],
  ['{"a".constructor.constructor("alert(1)")()}', 'inside braces'],
  ['{["a"].map(globalThis.eval)}', 'inside braces'],
  ['import fs from "node:fs"\n\nx', 'may not import'],
  ['export { x } from "./other.mdx"\n\nx', 'may not import'],
  ['export default function Layout() { return null }\n\nx', 'may not import'],
  ['export const x = process.env.SECRET\n\n{x}', 'may not import'],
];

describe('MDX releases: only what can be proven safe', () => {
  it.each(REFUSED)('refuses %j in the check and in the renderer', (mdx, words) => {
    const found = check(mdx);
    expect(found.join('\n')).toContain(words);
    expect(found[0]).toMatch(/^\d+: /);
    expect(guard(mdx).join('\n')).toContain(words);
  });

  it('names the line in the file', () => {
    expect(bodyProblems('Text\n\nMore\n\n<a href={x}>y</a>\n', true, SITE, 12).map((p) => p.line)).toEqual([16]);
  });

  it.each([
    "export const city = 'Khujand';\n\nThe office in {city} opens. {/* a note for editors */}",
    "{['MDX', 'ok'].join('-')} and {`Room ${2 + 1}`} and {'<script>'}",
    '<abbr title="United Nations">UN</abbr> <a href="https://mfa.tj/" rel="noopener noreferrer">MFA</a> <>ok</>',
  ])('publishes %j', (mdx) => {
    expect(check(mdx)).toEqual([]);
    expect(guard(mdx)).toEqual([]);
  });
});
