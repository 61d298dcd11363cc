import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { unnamedOrganisation } from '../../src/lib/content/organisation-loader.ts';
import { organisationName, organisationOf } from '../../src/lib/content/organisation.ts';
import { organisationSchema } from '../../src/schema.ts';
import { memoryStore } from '../support/memory-store.ts';

describe('the organisation collection without content/organisation.yml', () => {
  it('holds one valid entry named by the UI strings, so Astro finds the collection not empty', async () => {
    // An entry of an earlier build (another id) must not outlive the file.
    const store = memoryStore([{ id: 'old', data: { name: { ru: 'Старое' } } }]);
    const parseData = async ({ data }: { data: unknown }) => organisationSchema.parse(data);
    await unnamedOrganisation.load({ store, parseData } as unknown as LoaderContext);
    expect(store.keys()).toEqual(['organisation']);
    const org = organisationOf([{ data: organisationSchema.parse(store.get('organisation')!.data) }]);
    expect(['ru', 'tg', 'en'].map((lang) => organisationName(org, lang))).toEqual(['Пресс-центр', 'Маркази матбуот', 'Press Centre']);
    expect(organisationOf([])).toEqual(org);
  });
});
