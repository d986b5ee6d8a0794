// The site's languages. English is the default and lives at the root; every
// other locale lives under /<code>/. Pure: pages, widgets, tests and scripts
// share it.

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags for `<html lang>`, `hreflang` and the sitemap. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-Hans' };

/** Each language's own name, for the switcher (always written in that language). */
export const NATIVE_NAME: Readonly<Record<Locale, string>> = { en: 'English', zh: '简体中文' };
/** The same, short enough for a phone's header. */
export const SHORT_NAME: Readonly<Record<Locale, string>> = { en: 'EN', zh: '中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Narrow anything (a route param, Astro.currentLocale, an attribute) to a locale. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The locale a site-relative path belongs to ("/zh/lessons/x/" → zh). */
export function localeOfPath(path: string): Locale {
  const first = path.split('/').find((part) => part !== '');
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The same page without its locale prefix: "/zh/lessons/x/" → "/lessons/x/". */
export function stripLocale(path: string): string {
  const locale = localeOfPath(path);
  if (locale === DEFAULT_LOCALE) return path;
  const rest = path.replace(new RegExp(`^/${locale}(?=/|$)`), '');
  return rest === '' ? '/' : rest;
}

/** A site-relative path in `locale`: localizePath("/lessons/x/", "zh") → "/zh/lessons/x/". */
export function localizePath(path: string, locale: Locale): string {
  const bare = stripLocale(path.startsWith('/') ? path : `/${path}`);
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`;
}
