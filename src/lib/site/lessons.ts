import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** The lesson's URL slug: the file name without its order prefix ("01-"). */
export function lessonSlug(lesson: Lesson): string {
  return lesson.id.replace(/^\d+-/, '');
}

export function lessonHref(lesson: Lesson): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/lessons/${lessonSlug(lesson)}/`;
}

export async function orderedLessons(): Promise<Lesson[]> {
  const all = await getCollection('lessons');
  return all.sort((a, b) => a.data.order - b.data.order);
}
