// The lessons the inspector links to, and their URLs. Only lessons that
// exist may be listed: the build checks every link.

export const LESSON_TITLES = {
  'scale-and-zero-point': 'Scale and zero point',
  'reading-get-input-details': 'Reading get_input_details()',
  'calibration-and-dummy-ranges': 'Calibration and dummy ranges',
  'flavours-of-post-training-quantization': 'Flavours of post-training quantization',
  'integer-arithmetic': 'Integer arithmetic',
  'per-tensor-or-per-channel': 'Per-tensor or per-channel',
} as const;

export type LessonSlug = keyof typeof LESSON_TITLES;

/** Site-relative lesson URL; inside the custom-elements bundle, found from the bundle's own URL. */
export function lessonHref(slug: LessonSlug): string {
  const base = import.meta.env.BASE_URL;
  if (base.startsWith('/')) return `${base.replace(/\/$/, '')}/lessons/${slug}/`;
  const relative = `../../lessons/${slug}/`;
  return new URL(relative, import.meta.url).href;
}
