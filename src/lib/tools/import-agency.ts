/** Matching the agency a text names to an id of content/agencies.yml, by any of its names or aliases. */

export interface AgencyNames { id: string; names: string[] }

/** "НИАТ «Ховар" and "НИАТ «Ховар»" compare equal: quotes and case do not count. */
const loose = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”„'’]/g, '').replace(/\s+/g, ' ').trim();

/** The agency whose name or alias the text is, or failing that contains as whole words (longest name wins). */
export function matchAgency(text: string, agencies: AgencyNames[]): string | undefined {
  const t = loose(text);
  const exact = agencies.find((a) => a.names.some((n) => loose(n) === t));
  if (exact) return exact.id;
  let best: { id: string; length: number } | undefined;
  for (const a of agencies) {
    for (const n of a.names.map(loose)) {
      const at = n.length > 2 ? t.indexOf(n) : -1;
      // Whole words only: "МДС" is not inside "ЕМДС".
      const whole = at >= 0 && !/[\p{L}\d]/u.test(t[at - 1] ?? '') && !/[\p{L}\d]/u.test(t[at + n.length] ?? '');
      if (whole && (!best || n.length > best.length)) best = { id: a.id, length: n.length };
    }
  }
  return best?.id;
}
