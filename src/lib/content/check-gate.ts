/**
 * The build's content check runs in a worker thread while Astro starts (src/integrations/content-check.ts);
 * every content loader waits for it here before it reads a file, so the check's messages come first and
 * nothing is loaded from content the check refuses. Shared through a global: Astro loads the integration
 * and content.config.ts as separate module instances in the same process.
 */
import type { Loader } from 'astro/loaders';

const GATE = Symbol.for('press.content-check');
type Gated = typeof globalThis & { [GATE]?: Promise<void> };

/** Holds every gated loader until `passed` settles. */
export function closeGate(passed: Promise<void>): void {
  (globalThis as Gated)[GATE] = passed;
}

/** Settles when the check has passed; at once when no check runs (astro sync, tests). */
export const gatePassed = (): Promise<void> => (globalThis as Gated)[GATE] ?? Promise.resolve();

/** `loader`, waiting for the content check before it loads. */
export const afterCheck = (loader: Loader): Loader => ({
  ...loader,
  load: async (context) => {
    await gatePassed();
    return loader.load(context);
  },
});
