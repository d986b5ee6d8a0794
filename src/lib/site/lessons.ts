import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, localizePath, type Locale } from '../i18n/locale.ts';

export type Lesson = CollectionEntry<'lessons'>;

/**
 * A lesson's language, from where its file lives: content/NN-x.mdx is English,
 * content/zh/NN-x.mdx is its Chinese counterpart.
 */
export function lessonLocale(lesson: Lesson): Locale {
  return lesson.id.startsWith('zh/') ? 'zh' : DEFAULT_LOCALE;
}

/** The lesson's URL slug: the file name without its folder and order prefix ("01-"). */
export function lessonSlug(lesson: Lesson): string {
  return lesson.id.replace(/^.*\//, '').replace(/^\d+-/, '');
}

/** Site-relative path of a lesson, in its own language. */
export function lessonPath(lesson: Lesson): string {
  return localizePath(`/lessons/${lessonSlug(lesson)}/`, lessonLocale(lesson));
}

export function lessonHref(lesson: Lesson): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${lessonPath(lesson)}`;
}

/** The lessons of one language, in reading order. */
export async function orderedLessons(locale: Locale = DEFAULT_LOCALE): Promise<Lesson[]> {
  const all = await getCollection('lessons', (lesson) => lessonLocale(lesson) === locale);
  return all.sort((a, b) => a.data.order - b.data.order);
}
