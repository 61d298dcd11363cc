/** Release files must be UTF-8: the check refuses anything else, naming the line. */
const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** The text of a UTF-8 file, or the line of its first byte that is not UTF-8 (UTF-16 counts as not). */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    const text = strict.decode(bytes);
    // eslint-disable-next-line no-control-regex
    // UTF-16 (a NUL beside every Latin letter) is valid UTF-8 byte by byte; a stray NUL is left to the control-character rule.
    const nuls = text.match(/\u0000/g)?.length ?? 0;
    const nul = text.search(/\u0000/);
    return nuls * 20 < text.length ? { text } : { badLine: text.slice(0, nul).split('\n').length };
  } catch {
    const text = lossy.decode(bytes);
    return { badLine: text.slice(0, text.indexOf('\uFFFD')).split('\n').length };
  }
}
