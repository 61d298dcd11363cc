/**
 * The /admin/ page's script: Sveltia CMS with the project's preview and field
 * types. Bundled at build time (src/integrations/editor.ts) with the CMS from
 * npm; it never runs on a public page. Reads ./press.json, made by the build.
 */
import CMS from '@sveltia/cms';
import { uiLocale, type PressData } from './data.ts';
import { releasePreview } from './preview.ts';
import { translationKeyControl } from './translation-key.ts';

// Sveltia picks its UI language from the browser's exact tags ("ru", not "ru-RU"), else
// English; choose the officer's language (Russian for Tajik, which Sveltia has no translation for).
const PREFS = 'sveltia-cms.prefs';
const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as { locale?: string };
if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: uiLocale(navigator.languages) }));

const data = (await (await fetch(new URL('./press.json', import.meta.url))).json()) as PressData;

CMS.registerFieldType('translation-key', translationKeyControl(new Set(data.keys)) as never);
if (data.css) CMS.registerPreviewStyle(data.css);
CMS.registerPreviewStyle(new URL('./preview.css', import.meta.url).href);
CMS.registerPreviewTemplate('releases', releasePreview(data) as never);
CMS.init();
