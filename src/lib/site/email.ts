/**
 * Where an e-mail address may wrap on a narrow screen: before "@" or a dot, never at a
 * hyphen ("press-" at a line's end reads as a word break and is copied as "pressservice@…").
 * The parts, put together, are the address character for character, so copying gives it whole.
 */
export type EmailPart =
  /** Text; `glue` marks a hyphen run with the letters on both sides, to be kept on one line. */
  | { text: string; glue?: true }
  /** A safe line break (<wbr>). */
  | { wbr: true };

export function emailParts(address: string): EmailPart[] {
  const parts: EmailPart[] = [];
  for (const chunk of address.split(/([^-.@]?-+(?:[^-.@]-+)*[^-.@]?)/)) {
    if (chunk === '') continue;
    if (chunk.includes('-')) { parts.push({ text: chunk, glue: true }); continue; }
    for (const piece of chunk.split(/(?=[.@])/)) {
      if (parts.length > 0 && /^[.@]/.test(piece)) parts.push({ wbr: true });
      parts.push({ text: piece });
    }
  }
  return parts;
}
