// Every page under src/pages/[...lang]/ exists once per locale: at the root
// for English, under /zh/ for Chinese. `lang` is a rest parameter, so
// `undefined` means no prefix.
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.ts';

export interface LocaleProps {
  locale: Locale;
}

export function localeStaticPaths() {
  return LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale } satisfies LocaleProps,
  }));
}
