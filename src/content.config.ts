/** Collections: where releases and reference data live. Their fields are in ./schema.ts. */
import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { buildTime, contentPath } from './config.ts';
import { afterCheck } from './lib/content/check-gate.ts';
import { unnamedOrganisation } from './lib/content/organisation-loader.ts';
import { publishedOnly } from './lib/content/published-loader.ts';
import { z } from 'astro/zod';
import { agencySchema, heroImage, organisationSchema, releaseSchema, topicSchema } from './schema.ts';

// Astro calls a collection's `schema` once per entry (its image helper is per file): building
// every zod field per release cost seconds per 1,000 releases, so all but the image are built once.
const releaseFields = releaseSchema({ image: () => z.never(), reference }).omit({ image: true });

const releases = defineCollection({
  // Unpublished releases are stored without images or body, so none of their assets reach dist/.
  // Each loader waits for the build's content check (src/integrations/content-check.ts).
  loader: afterCheck(publishedOnly(glob({
    pattern: '**/*.{md,mdx}',
    base: contentPath('releases'),
    // The id is the path below content/releases without extension: "ru/2020/cis-consultations".
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    // The raw Markdown is not kept in the content store beside its rendered HTML: nothing
    // reads it, and it was half the store (38 of 92 M characters at 10,000 releases), held
    // in memory twice during a build and written and read back by every build.
    retainBody: false,
  }), buildTime)),
  // The photo's own schema is built only for a release that has a photo (z.lazy): building it for
  // every entry was ≈ 1 s of the sync's thread per 2,000 releases, most of which have none.
  schema: ({ image }) => releaseFields.extend({ image: z.lazy(() => heroImage(image)).optional() }),
});

const agencies = defineCollection({ loader: afterCheck(file(contentPath('agencies.yml'))), schema: agencySchema });
const topics = defineCollection({ loader: afterCheck(file(contentPath('topics.yml'))), schema: topicSchema });
// One entry: the file's single top-level key (`organisation:`) is its id. The file is optional, so an
// older content folder still builds: without it, the entry named by the UI strings (an empty collection
// made Astro warn "does not exist or is empty" on every build).
const organisationFile = contentPath('organisation.yml');
const organisation = defineCollection({
  loader: existsSync(organisationFile) ? afterCheck(file(organisationFile)) : unnamedOrganisation,
  schema: organisationSchema,
});

export const collections = { releases, agencies, topics, organisation };
