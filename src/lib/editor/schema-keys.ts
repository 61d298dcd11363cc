/**
 * The field paths of a zod schema and of an editor field list, so a test can
 * say which schema field has no editor field and which editor field has no
 * schema field ("participants.countries", "image.alt", "related.url").
 */
import type { z } from 'astro/zod';

/** What the walker reads of a zod type (zod 4's public `_zod.def`). */
interface Def { type: string; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; shape?: Record<string, z.ZodType> }
const def = (t: z.ZodType): Def => (t as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional, default, pipe-free wrappers down to the type that carries the shape. */
function core(t: z.ZodType): z.ZodType {
  let cur = t;
  for (let d = def(cur); ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(d.type) && d.innerType; d = def(cur)) cur = d.innerType;
  return cur;
}

/** Dotted paths of every leaf field; arrays of objects and unions of objects contribute their keys. */
export function schemaPaths(t: z.ZodType, prefix = ''): string[] {
  const c = core(t);
  const d = def(c);
  if (d.type === 'object') {
    const shape = (c as unknown as { shape: Record<string, z.ZodType> }).shape;
    return Object.entries(shape).flatMap(([k, v]) => schemaPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  if (d.type === 'array' && d.element) {
    const inner = schemaPaths(d.element, prefix);
    return inner.length ? inner : [prefix];
  }
  if (d.type === 'union' && d.options) {
    const keys = d.options.flatMap((o) => (def(core(o)).type === 'object' ? schemaPaths(o, prefix) : []));
    return keys.length ? [...new Set(keys)] : [prefix];
  }
  return [prefix];
}

/** The part of a CMS field config the walker reads. */
export interface FieldLike { name: string; fields?: FieldLike[]; field?: FieldLike }

/**
 * Dotted paths of every leaf editor field (objects and lists with `fields` recurse). An object
 * whose fields are all language codes (`name.ru`, `name.en`) is one schema record: `name`.
 */
export function editorPaths(fields: readonly FieldLike[], prefix = '', langs: readonly string[] = []): string[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    if (!f.fields?.length || f.fields.every((c) => langs.includes(c.name))) return [path];
    return editorPaths(f.fields, path, langs);
  });
}

/** Paths only in the schema, and only in the editor (minus `editorOnly`, e.g. the Markdown body). */
export function drift(schema: readonly string[], editor: readonly string[], editorOnly: readonly string[] = []) {
  return {
    missingInEditor: schema.filter((p) => !editor.includes(p)),
    unknownToSchema: editor.filter((p) => !schema.includes(p) && !editorOnly.includes(p)),
  };
}
