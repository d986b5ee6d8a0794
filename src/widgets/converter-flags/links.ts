// Links from the widget to the lessons. On Zero Point's pages the base is
// the site's; inside the custom-elements bundle (built with a relative
// base) the lesson is found from the bundle's own URL, like the model files.
import { lessonPath, LESSONS, type LessonId } from '../../lib/converter/lessons.ts';

export function lessonHref(id: LessonId): string {
  const base = import.meta.env.BASE_URL;
  if (base.startsWith('/')) return `${base.replace(/\/$/, '')}${lessonPath(id)}`;
  // Not a literal inside new URL(…, import.meta.url), so Vite leaves it alone.
  const relative = `../..${lessonPath(id)}`;
  return new URL(relative, import.meta.url).href;
}

export function lessonTitle(id: LessonId): string {
  return LESSONS[id].title;
}
