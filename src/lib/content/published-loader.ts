/**
 * Keeps drafts and embargoed releases away from Astro's asset pipeline.
 *
 * Filtering in pages is not enough: when the glob loader stores an entry, Astro
 * imports its hero image (and images in its body) and copies them into
 * dist/_astro even if no page uses the entry, so an embargoed photo would be
 * public before the release. This wrapper stores an unpublished entry as a stub:
 * its frontmatter without the image, no body, no rendered HTML. The site still
 * knows the release exists (translation key, draft/embargo flags), so links to
 * it are silently left out instead of reported as unknown.
 * The stub carries no digest, so once the embargo has passed the next build
 * reads the file afresh instead of reusing the stub from Astro's cache. The entry
 * is deleted before the stub is stored: only a deletion makes Astro rewrite its
 * list of content images, which would otherwise keep the photo of a release that
 * was live in an earlier build with the same cache.
 * During a build, a published entry's rendered HTML goes to a file of its own (rendered-files.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { dateProblems } from './dates.ts';
import { HtmlWriter, isKept, isLean, keepHtml, keptExists, leanRendered, pruneKept, renderedDir } from './rendered-files.ts';
import { ContentError, isPublished } from './release.ts';
import { unparsedUnchanged } from './unparsed-unchanged.ts';

type Store = LoaderContext['store'];

function guarded(store: Store, now: Date, html: HtmlWriter | undefined): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'set') {
        return (entry: Parameters<Store['set']>[0]) => {
          const data = entry.data as { draft?: boolean; embargo?: Date; image?: unknown };
          if (isPublished({ draft: !!data.draft, embargo: data.embargo }, now)) {
            const rendered = entry.rendered?.html;
            if (!html || typeof rendered !== 'string' || isKept(rendered)) return target.set(entry);
            return target.set({ ...entry, rendered: leanRendered({ ...entry.rendered!, html: html.keep(rendered) }) });
          }
          const { image: _image, ...rest } = data;
          target.delete(entry.id);
          return target.set({ id: entry.id, filePath: entry.filePath, data: rest });
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Fails on a date that is not a real date, time and offset (src/lib/content/dates.ts): YAML
 * would read 30 February as 1 March and a bare day as midnight UTC before the schema sees it.
 * The build's content check refuses these first; this keeps dev and any other caller honest.
 */
function checkedParse(parseData: LoaderContext['parseData']): LoaderContext['parseData'] {
  return async (props) => {
    const problems = props.filePath ? dateProblems(await readFile(props.filePath, 'utf8')) : [];
    if (problems.length) {
      throw new ContentError(problems.map((p) => ({ file: `${relative(process.cwd(), props.filePath!)}:${p.line}`, field: p.field, message: p.message })));
    }
    return parseData(props);
  };
}

/**
 * `loader`, storing releases unpublished at `now` without their images or body, and
 * refusing dates without a time.
 */
export function publishedOnly(loader: Loader, now: Date): Loader {
  return {
    ...loader,
    load: async (context) => {
      forgetUnpublished(context.store, now);
      const htmlDir = renderedDir();
      if (htmlDir) keepStoredHtml(context.store, htmlDir);
      const html = htmlDir ? new HtmlWriter(htmlDir) : undefined;
      try {
        await loader.load({ ...context, ...unparsedUnchanged(context), parseData: checkedParse(context.parseData), store: guarded(context.store, now, html) });
      } finally {
        await html?.done();
      }
      if (htmlDir) pruneKept(htmlDir, [...context.store.values()].map((e) => e.rendered?.html).filter(isKept));
    },
  };
}

/**
 * Drops cached entries stored in full that are unpublished at `now` (live in an earlier
 * build, now back under embargo or made a draft in a build with the same cache). The glob
 * loader would keep them as they are, their file being unchanged, photo and text included.
 */
function forgetUnpublished(store: Store, now: Date): void {
  for (const entry of [...store.values()]) {
    const data = entry.data as { draft?: boolean; embargo?: Date | string };
    const embargo = data.embargo === undefined ? undefined : new Date(data.embargo);
    const stub = !entry.digest && !entry.body && !('image' in data);
    if (!stub && !isPublished({ draft: !!data.draft, embargo }, now)) store.delete(entry.id);
  }
}

/**
 * Moves the HTML of cached entries that still hold it (stored by `astro sync`, or by a build before
 * rendered-files.ts) to its file, and leaves their metadata lean (leanRendered), since the glob loader
 * keeps an unchanged entry as it is; and forgets
 * a cached entry whose file is gone (a cache folder restored in part), so the loader renders it again.
 */
function keepStoredHtml(store: Store, dir: string): void {
  for (const entry of [...store.values()]) {
    const html = entry.rendered?.html;
    if (isKept(html) && !keptExists(dir, html)) store.delete(entry.id);
    else if (typeof html === 'string' && (!isKept(html) || !isLean(entry.rendered!))) {
      // Deleted first: the store ignores a set of an entry whose digest it holds already.
      store.delete(entry.id);
      store.set({ ...entry, rendered: leanRendered({ ...entry.rendered!, html: isKept(html) ? html : keepHtml(dir, html) }) });
    }
  }
}
