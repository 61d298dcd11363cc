/**
 * The site language that best matches the browser's preferred languages
 * ("tg-TJ" → "tg"), or undefined when none does.
 */
export function suggestLanguage(preferred: readonly string[], available: string[]): string | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0]!;
    if (available.includes(primary)) return primary;
  }
  return undefined;
}

/**
 * The language a reader who hit an unknown path most likely reads: the site
 * language the path starts with ("/press/tg/old/" under base "/press/" → "tg"),
 * else the browser's best match.
 */
export function notFoundLanguage(path: string, base: string, preferred: readonly string[], available: string[]): string | undefined {
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  const first = rest.split('/')[0]!.toLowerCase();
  return available.includes(first) ? first : suggestLanguage(preferred, available);
}
