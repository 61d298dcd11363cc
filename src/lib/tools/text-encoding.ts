/** Release files must be UTF-8: the check refuses anything else, naming the line. */
const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** The text of a UTF-8 file, or the line of its first byte that is not UTF-8 (UTF-16 counts as not). */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    const text = strict.decode(bytes);
    // eslint-disable-next-line no-control-regex
    const nul = text.search(/\u0000/);
    return nul < 0 ? { text } : { badLine: text.slice(0, nul).split('\n').length };
  } catch {
    const text = lossy.decode(bytes);
    return { badLine: text.slice(0, text.indexOf('\uFFFD')).split('\n').length };
  }
}
