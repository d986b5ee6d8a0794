// Catalogs for custom elements in languages other than English, loaded only
// when an element (or the page around it) says lang="zh": an English page
// never downloads them. One line per widget.
import type { Locale } from '../lib/i18n/locale.ts';

type Loader = () => Promise<object>;

export const catalogLoaders: Readonly<Record<string, Partial<Record<Locale, Loader>>>> = {
};
