/**
 * Generated releases and the ways people and attackers get them wrong, for the
 * property-based suites (tests/unit/content-properties.test.ts and the two real
 * builds of tests/build/content-properties.test.ts).
 */
import fc from 'fast-check';

export const AGENCIES = new Map([['khovar', { timezone: 'Asia/Dushanbe' }], ['mds', { timezone: 'Europe/Moscow' }]]);
export const TOPICS = ['diplomacy', 'media', 'compatriots', 'health', 'culture', 'economy'];
const COUNTRIES = ['TJ', 'RU', 'KZ', 'UZ', 'BY', 'AM', 'JP', 'AT', 'GB', 'FR'];
const WORDS = ['Душанбе', 'консультации', 'Тоҷикистон', 'ҳамкорӣ', 'Қӯрғонтеппа', 'ministers', 'meeting', 'вохӯрӣ', 'соглашение', 'Ғарм', 'ҷаласа'];

export interface Valid {
  title: string; date: string; instant: Date; agency: string; countries: string[]; topics: string[];
  key: string; summary?: string; paragraphs: string[]; links: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** A release every rule accepts; `date` is written with the offset of its agency's zone. */
export const validRelease: fc.Arbitrary<Valid> = fc.record({
  title: words(2, 6), year: fc.integer({ min: 2015, max: 2025 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), agency: fc.constantFrom('khovar', 'mds'),
  countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 4 }), topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 }),
  key: fc.stringMatching(/^[a-z][a-z0-9]{2,8}(-[a-z0-9]{1,6}){0,2}$/), summary: fc.option(words(3, 8), { nil: undefined }),
  paragraphs: fc.array(words(3, 12), { minLength: 1, maxLength: 3 }),
  links: fc.array(fc.constantFrom('https://khovar.tj/', 'http://mfa.tj/ru/', 'mailto:press@mfa.tj', 'tel:+992372211808', '/ru/countries/tj/', '#top'), { maxLength: 3 }),
}).map((r) => {
  const offset = r.agency === 'khovar' ? '+05:00' : '+03:00';
  const date = `${r.year}-${pad(r.month)}-${pad(r.day)}T${pad(r.hour)}:${pad(r.minute)}:00${offset}`;
  return { ...r, date, instant: new Date(date) };
});

export const frontmatterOf = (v: Valid): Record<string, string> => ({
  title: JSON.stringify(v.title),
  ...(v.summary ? { summary: JSON.stringify(v.summary) } : {}),
  date: v.date,
  agency: v.agency,
  participants: `\n  countries: [${v.countries.join(', ')}]`,
  topics: `[${v.topics.join(', ')}]`,
  translationKey: v.key,
});

/** The file text: frontmatter from line 2, body after a blank line. */
export function render(fields: Record<string, string>, body: string): string {
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`).join('\n')}\n---\n\n${body}\n`;
}
/** The paragraphs, each link at the end of one (the last paragraph takes the rest). */
export const bodyOf = (v: Valid) => v.paragraphs.map((p, i) => {
  const links = i === v.paragraphs.length - 1 ? v.links.slice(i) : v.links.slice(i, i + 1);
  return [p, ...links.map((l) => `[ссылка](${l})`)].join(' ');
}).join('\n\n');

/** What a mutation must be refused for: the field named, and (when known) the line. */
export interface Expect { field: string | RegExp; line?: number; message?: RegExp }
/** `mdx`: the mutant is an .mdx file. */
export interface Mutant { kind: string; text?: string; bytes?: Uint8Array; mdx?: boolean; expect: Expect }

const REQUIRED = ['title', 'date', 'agency', 'translationKey'];
/** The file line of field `name` (line 1 is "---"; a value may span lines). */
const lineOfField = (fields: Record<string, string>, name: string) => {
  const before = Object.entries(fields).slice(0, Object.keys(fields).indexOf(name));
  return 2 + before.reduce((n, [, value]) => n + value.split('\n').length, 0);
};
const bodyLine = (fields: Record<string, string>) => Object.values(fields).join('\n').split('\n').length + 4;

// Hostile schemes: case mixed, control characters, spaces, entities, percent escapes.
const scheme = fc.record({
  name: fc.constantFrom('javascript', 'vbscript', 'data'), upper: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  inside: fc.constantFrom('', '\t', '&#9;', '%09', '&#x0A;'), colon: fc.constantFrom(':', '&colon;', '&#58;'),
}).map(({ name, upper, inside, colon }) => {
  const cased = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
  return { plain: `${cased}:alert(1)`, encoded: `${cased.slice(0, 4)}${inside}${cased.slice(4)}${colon}alert(1)` };
});
const hostileLink = fc.tuple(scheme, fc.constantFrom('md', 'ref', 'image', 'auto', 'html', 'htmlEntity')).map(([url, form]) => {
  switch (form) {
    case 'md': return `[нажмите](<${url.encoded}>)`;
    case 'ref': return `[нажмите][x]\n\n[x]: <${url.encoded}>`;
    case 'image': return `![фото](<${url.encoded}>)`;
    case 'auto': return `<${url.plain}>`; // an autolink takes no entities: written plainly
    case 'html': return `<a href="${url.encoded}">нажмите</a>`;
    default: return `<a href=" ${url.encoded.replace(/^./, (c) => `&#${c.charCodeAt(0)};`)}">нажмите</a>`;
  }
});
const hostileHtml = fc.constantFrom('<script>alert(1)</script>', '<iframe src="https://evil.example/x"></iframe>', '<p onclick="alert(1)">x</p>',
  '<img src="https://tracker.example/p.gif" alt="">', '<span style="color:red">x</span>', '<object data="x.swf"></object>', '<svg onload="alert(1)"></svg>');

const cp1251 = (text: string): Uint8Array => Uint8Array.from([...text].flatMap((c) => {
  const code = c.codePointAt(0)!;
  if (code < 0x80) return [code];
  if (code >= 0x410 && code <= 0x44f) return [code - 0x410 + 0xc0];
  return [0x3f];
}));

/** One mutation of a valid release, with what the check must say about it. */
export const mutant = (v: Valid): fc.Arbitrary<Mutant> => {
  const fields = frontmatterOf(v);
  const body = bodyOf(v);
  const without = (name: string) => Object.fromEntries(Object.entries(fields).filter(([k]) => k !== name));
  return fc.oneof(
    fc.constantFrom(...REQUIRED).map((name) => ({ kind: 'field deleted', text: render(without(name), body), expect: { field: name } })),
    fc.constantFrom<[string, string]>(['title', '[a, b]'], ['agency', '42'], ['topics', 'media'], ['translationKey', '"Key With Spaces"'], ['participants', '\n  countries: TJ'], ['draft', 'yes'])
      .map(([name, value]) => ({ kind: 'field retyped', text: render({ ...fields, [name]: value }, body), expect: { field: new RegExp(`^${name}`), line: name === 'draft' || name === 'participants' ? undefined : lineOfField(fields, name) } })),
    fc.tuple(fc.constantFrom('title', 'summary', 'agency', 'topics', 'translationKey'), fc.nat(), fc.constantFrom('drop', 'double', 'swap'))
      .filter(([name]) => name in fields)
      .map(([name, at, how]) => {
        const i = 1 + (at % (name.length - 2));
        const swapped = name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
        const typo = how === 'drop' || swapped === name ? name.slice(0, i) + name.slice(i + 1) : how === 'double' ? name.slice(0, i) + name[i] + name.slice(i) : swapped;
        const renamed = Object.fromEntries(Object.entries(fields).map(([k, val]) => [k === name ? typo : k, val]));
        return { kind: 'field misspelt', text: render(renamed, body), expect: { field: typo, line: lineOfField(fields, name), message: new RegExp(`did you mean "${name}"`) } };
      }),
    fc.constant({ kind: 'mis-encoded (Windows-1251)', bytes: cp1251(render({ ...fields, title: JSON.stringify(`Встреча ${v.title}`) }, body)), expect: { field: 'file', line: 2 } }),
    fc.constantFrom<[RegExp, string]>([/-(\d\d)-(\d\d)T/, '-13-$2T'], [/-(\d\d)-(\d\d)T/, '-02-30T'], [/-(\d\d)-(\d\d)T/, '-04-31T'], [/T\d\d:/, 'T24:'], [/:(\d\d):00/, ':60:00'], [/[+-]\d\d:\d\d$/, ''], [/[+-]\d\d:\d\d$/, '+15:00'], [/T.*$/, ''])
      .map(([from, to]) => ({ kind: 'date out of range', text: render({ ...fields, date: fields.date!.replace(from, to) }, body), expect: { field: 'date', line: lineOfField(fields, 'date'), message: /write e\.g\. \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/ } })),
    hostileLink.map((link) => ({ kind: 'hostile link', text: render(fields, `${body}\n\n${link}`), expect: { field: 'text', line: bodyLine(fields) + body.split('\n').length + 1 } })),
    hostileHtml.map((html) => ({ kind: 'hostile raw HTML', text: render(fields, `${body}\n\n${html}`), expect: { field: 'text', line: bodyLine(fields) + body.split('\n').length + 1 } })),
    fc.constantFrom<[string, string, (f: Record<string, string>) => number]>(
      ['title', `Заседание: ${v.title}`, (f) => lineOfField(f, 'title')],
      ['title', `"${v.title}`, (f) => lineOfField(f, 'title')],
      ['topics', `[${v.topics.join(', ')}`, (f) => lineOfField(f, 'topics')],
      ['participants', '\n\tcountries: [TJ]', (f) => lineOfField(f, 'participants') + 1],
    ).map(([name, value, line]) => ({ kind: 'YAML broken', text: render({ ...fields, [name]: value }, body), expect: { field: 'frontmatter', line: line(fields) } })),
    // Pasted terminal colours, a bell, a lone NUL, C1 controls, bidi overrides (which show "exe.gp" as "pg.exe").
    fc.tuple(fc.constantFrom('\u0007', '\u001b[31m', '\u0000', '\u007f', '\u0085', '\u202e', '\u202d', '\u202a'), fc.constantFrom('title', 'body'))
      .map(([char, where]) => where === 'title'
        ? { kind: 'invisible control character', text: render({ ...fields, title: JSON.stringify(`${v.title}${char}`).replace(/\\u00([0-9a-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) }, body), expect: { field: 'file', line: lineOfField(fields, 'title') } }
        : { kind: 'invisible control character', text: render(fields, `${body}\n\nКонец${char}.`), expect: { field: 'file', line: bodyLine(fields) + body.split('\n').length + 1 } }),
    // A merge key is no YAML feature here (YAML 1.2): it is refused as an unknown field.
    fc.constantFrom<[string, string, string]>(['title', `&t ${JSON.stringify(v.title)}\nsummary: *t`, 'frontmatter'], ['title', '!!binary 0JLRgdGC0YDQtdGH0LA=', 'frontmatter'],
      ['participants', '&p\n  countries: [TJ]', 'frontmatter'], ['title', `!!str ${JSON.stringify(v.title)}\n<<: {draft: true}`, '<<'])
      .map(([name, value, field]) => ({ kind: 'YAML anchor, alias or tag', text: render({ ...fields, [name]: value }, body), expect: { field } })),
    fc.constantFrom('<a href={"javascript:alert(1)"}>нажмите</a>', '<img {...{ src: "javascript:1" }} alt="" />', '<Fragment set:html="<script>alert(1)</script>" />',
      '{process.env.HOME}', '<div set:html="<b>x</b>" />', "import fs from 'node:fs'", '{<a href="javascript:1">x</a>}', '<a href="java&#9;script:1">x</a>')
      .map((mdx) => ({ kind: 'hostile MDX', mdx: true, text: render(fields, `${body}\n\n${mdx}`), expect: { field: 'text', line: bodyLine(fields) + body.split('\n').length + 1 } })),
    fc.constantFrom('body', 'date').map((where) => where === 'body'
      ? { kind: 'TODO left', text: render(fields, `TODO: write the text here.\n\n${body}`), expect: { field: 'text', line: bodyLine(fields) } }
      : { kind: 'TODO left', text: render({ ...fields, date: `${fields.date}  # TODO: 12:00 assumed, correct it` }, body), expect: { field: 'date', line: lineOfField(fields, 'date') } }),
  );
};
