// The lessons the converter tables link to. Only lessons that exist may be
// listed: the build's link checker fails on links to missing pages, and a
// unit test checks that each one has its file in content/.

export const LESSONS = {
  'scale-and-zero-point': { file: '01-scale-and-zero-point.mdx', title: 'Scale and zero point' },
  'reading-get-input-details': { file: '02-reading-get-input-details.mdx', title: 'What get_input_details() is telling you' },
  'three-forms': { file: '03-three-forms.mdx', title: '(mean, std_dev), (scale, zero_point), (min, max)' },
} as const;

export type LessonId = keyof typeof LESSONS;

/** Site-relative path of a lesson (without the site's base). */
export function lessonPath(id: LessonId): string {
  return `/lessons/${id}/`;
}
