import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailParts, type EmailPart } from '../../src/lib/site/email.ts';

const text = (parts: EmailPart[]) => parts.map((p) => ('wbr' in p ? '' : p.text)).join('');

describe('emailParts', () => {
  it('keeps each hyphen with its neighbours and marks breaks before "@" and dots', () => {
    expect(emailParts('press-service@mfa-tj.example.org')).toEqual([
      { text: 'pres' }, { text: 's-s', glue: true }, { text: 'ervice' }, { wbr: true }, { text: '@mf' },
      { text: 'a-t', glue: true }, { text: 'j' }, { wbr: true }, { text: '.example' }, { wbr: true }, { text: '.org' },
    ]);
  });

  it('keeps a name of one-letter parts between hyphens on one line', () => {
    expect(emailParts('a-b-c@d.org')).toEqual([{ text: 'a-b-c', glue: true }, { wbr: true }, { text: '@d' }, { wbr: true }, { text: '.org' }]);
  });

  it('for any address: the parts are the address, no hyphen outside a glued part, a break only before "@" or a dot', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?$/);
    const address = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.array(label, { minLength: 2, maxLength: 4 }))
      .map(([local, domain]) => `${local.join('.')}@${domain.join('.')}`);
    fc.assert(fc.property(address, (a) => {
      const parts = emailParts(a);
      expect(text(parts)).toBe(a);
      for (const p of parts) if (!('wbr' in p) && !p.glue) expect(p.text).not.toContain('-');
      parts.forEach((p, i) => {
        if ('wbr' in p) expect(i > 0 && !('wbr' in parts[i + 1]!) && /^[.@]/.test((parts[i + 1] as { text: string }).text)).toBe(true);
      });
    }));
  });
});
