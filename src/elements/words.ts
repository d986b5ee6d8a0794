// The element's own words, around the widget (its notices box, loading and
// failure lines), in each language; the widget inside brings its catalog.
import type { Locale } from '../lib/i18n/locale.ts';

export const elementWords: Readonly<Record<Locale, { lead: string; loading: string; failed: string; property: string }>> = {
  en: {
    lead: 'Some settings of this widget could not be used:',
    loading: 'Loading the {widget}…',
    failed: 'The {widget} could not be loaded.',
    property: 'Property {key} {reason}; using the default.',
  },
  zh: {
    lead: '这个组件的部分设置无法使用：',
    loading: '正在加载组件…',
    failed: '组件加载失败。',
    property: '特性 {key} {reason}，已改用默认值。',
  },
};

/** The element's language: its own lang, or the nearest ancestor's (the page's). */
export function elementLocale(element: Element): Locale {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
  return /^zh(?:-|$)/i.test(lang) ? 'zh' : 'en';
}
