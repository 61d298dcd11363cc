/** The organisation collection's loader when content/organisation.yml is absent (src/content.config.ts). */
import type { Loader } from 'astro/loaders';
import { UNNAMED_ORGANISATION } from './organisation.ts';

/** Stores the one entry named by the UI strings, under the id the file would give it. */
export const unnamedOrganisation: Loader = {
  name: 'no-organisation',
  load: async ({ store, parseData }) => {
    store.clear();
    store.set({ id: 'organisation', data: await parseData({ id: 'organisation', data: { ...UNNAMED_ORGANISATION } }) });
  },
};
