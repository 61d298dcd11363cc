/**
 * Counts in the page's language on the search page. The browser's Intl may
 * lack a locale's data (Chromium has no Tajik and writes "3,316"), so the
 * build, whose Node has full ICU, records how the language writes whole
 * numbers and the browser formats with that. Pure.
 */

export interface NumberStyle {
  /** The ten digits, 0 to 9. */
  digits: string;
  /** Group separator ("" when the language does not group). */
  group: string;
  /** Fewest digits a number needs before it is grouped at all (4 for "1234" / "12 345" style). */
  groupFrom: number;
}

/** How `intlTag` writes whole numbers, read from Intl (call where Intl has the locale: at build time). */
export function numberStyle(intlTag: string): NumberStyle {
  const format = new Intl.NumberFormat(intlTag, { maximumFractionDigits: 0 });
  const digits = [...'0123456789'].map((d) => format.format(Number(d))).join('');
  const group = format.formatToParts(1_234_567).find((p) => p.type === 'group')?.value ?? '';
  const groupFrom = format.formatToParts(1234).some((p) => p.type === 'group') ? 4 : 5;
  return { digits, group, groupFrom };
}

/** A whole number written in `style`: "12 345" in Russian and Tajik, "12,345" in English. */
export function formatCount(n: number, style: NumberStyle): string {
  const plain = String(Math.trunc(Math.abs(n)));
  let out = plain;
  if (style.group && plain.length >= style.groupFrom) out = plain.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  out = out.replace(/\d/g, (d) => [...style.digits][Number(d)]!);
  return n < 0 ? `-${out}` : out;
}
