// The lessons the inspector links to, and their URLs. Only lessons that
// exist may be listed: the build checks every link. Their titles are in the
// catalogs (strings.ts `lessons`), keyed by these slugs.
import { localizePath, type Locale } from '../../lib/i18n/locale.ts';

export const LESSON_SLUGS = [
  'scale-and-zero-point',
  'reading-get-input-details',
  'calibration-and-dummy-ranges',
  'flavours-of-post-training-quantization',
  'integer-arithmetic',
  'per-tensor-or-per-channel',
] as const;

export type LessonSlug = (typeof LESSON_SLUGS)[number];

/** Site-relative lesson URL in `lang`; inside the custom-elements bundle, found from the bundle's own URL. */
export function lessonHref(slug: LessonSlug, lang: Locale): string {
  const path = localizePath(`/lessons/${slug}/`, lang);
  const base = import.meta.env.BASE_URL;
  if (base.startsWith('/')) return `${base.replace(/\/$/, '')}${path}`;
  // Not a literal inside new URL(…, import.meta.url), so Vite leaves it alone.
  const relative = `../..${path}`;
  return new URL(relative, import.meta.url).href;
}
