// Links from the widget to the lessons. On Zero Point's pages the base is
// the site's; inside the custom-elements bundle (built with a relative
// base) the lesson is found from the bundle's own URL, like the model files.
// The lesson is linked in the reader's language.
import { lessonPath, type LessonId } from '../../lib/converter/lessons.ts';
import { localizePath, type Locale } from '../../lib/i18n/locale.ts';

export function lessonHref(id: LessonId, lang: Locale): string {
  const path = localizePath(lessonPath(id), lang);
  const base = import.meta.env.BASE_URL;
  if (base.startsWith('/')) return `${base.replace(/\/$/, '')}${path}`;
  // Not a literal inside new URL(…, import.meta.url), so Vite leaves it alone.
  const relative = `../..${path}`;
  return new URL(relative, import.meta.url).href;
}
