/** Fake collection entries for unit tests of the release model, without Astro. */
import { toRelease, type EntryLike, type ReleaseData } from '../../src/lib/content/release.ts';

/** An entry at content/releases/<id>.md with sensible defaults; `patch` overrides fields. */
export function entry(id: string, patch: Partial<ReleaseData> = {}): EntryLike {
  return {
    id, filePath: `content/releases/${id}.md`,
    data: {
      title: `Title ${id}`, date: new Date('2020-10-07T10:00:00+05:00'), agency: { id: 'khovar' },
      participants: { countries: [], organisations: [] }, topics: [], related: [],
      translationKey: id.split('/').at(-1)!, draft: false, ...patch,
    },
  };
}

/** A release built from entry(); its zone is `zone` whatever the agency. */
export const fakeRelease = (id: string, patch: Partial<ReleaseData> = {}, zone = 'Asia/Dushanbe') =>
  toRelease(entry(id, patch), () => zone);
