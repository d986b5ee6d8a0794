// Which language a page is in, read from its address (/zh/… is Chinese), so
// deep components (callouts, widget cells, the header) need no locale prop.
import { localeOfPath, localizePath, type Locale } from '../i18n/locale.ts';
import { siteStrings, type SiteStrings } from './strings.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The page's path without the site's base ("/zero-point/zh/x/" → "/zh/x/"). */
export function sitePath(url: URL): string {
  return BASE && url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) || '/' : url.pathname;
}

export function pageLocale(url: URL): Locale {
  return localeOfPath(sitePath(url));
}

export function pageStrings(url: URL): SiteStrings {
  return siteStrings[pageLocale(url)];
}

/** href of a site page in a locale, with the base: localHref("/inspect/", "zh") → "/zh/inspect/". */
export function localHref(path: string, locale: Locale): string {
  return `${BASE}${localizePath(path, locale)}`;
}
