import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { FIXTURE_LANGUAGES, ROOT } from '../support/fixture.ts';

describe('the search page for search engines', () => {
  // Lighthouse's SEO audit wants a meta description on every indexable page.
  it.each(FIXTURE_LANGUAGES.split(','))('has a meta description in its language (%s)', (lang) => {
    const strings = JSON.parse(readFileSync(join(ROOT, `src/i18n/strings/${lang}.json`), 'utf8'));
    expect(page(`/${lang}/search/`).querySelector('meta[name="description"]')?.getAttribute('content')).toBe(strings['search.description']);
  });
});
