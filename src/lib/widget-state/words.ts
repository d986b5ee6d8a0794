// The words of state notices ("The link's quantizer.min must be …; using -3.").
// English lives here, since every widget page needs it; other languages come
// from the widget's catalog (shared.state), so English pages carry no Chinese.
// Templates use {slots}; reasons are filled in by reasonText.
import { fmt as fill } from '../i18n/template.ts';
import type { NumberSpec } from './schema.ts';

export const stateWordsEn = {
  lang: 'en',
  settingInvalid: 'Setting {key} {reason}; using {fallback}.',
  attributeInvalid: 'Attribute {key} {reason}; using {fallback}.',
  linkInvalid: "The link's {key} {reason}; using {fallback}.",
  linkDuplicate: 'The link sets {key} more than once; the first value is used.',
  linkUnknownOne: 'Ignored {count} unknown setting for “{namespace}” in the link.',
  linkUnknownOther: 'Ignored {count} unknown settings for “{namespace}” in the link.',
  whereSettings: 'Settings',
  whereAttributes: 'Attributes',
  whereLink: 'The link',
  /** Cross-setting rules: English shows the rule's own message; other languages say which settings clash. */
  check: '{where}: {message} Using the default values instead.',
  conflict: 'The settings {keys} do not fit together.',
  notSet: 'not set',
  listJoin: ', ',
  mustBeNumber: 'must be a number from {min} to {max}',
  mustBeInteger: 'must be a whole number from {min} to {max}',
  mustBeOneOf: 'must be one of {options}',
  notFinite: ' (NaN and infinities are not allowed)',
  mustBeBoolean: 'must be true or false',
  mustBeText: 'must be text',
  tooLong: 'is longer than {max} characters',
  farTooLong: 'is far too long',
  hostile: 'contains markup or a script address, which is never valid here',
  pattern: 'may only contain {hint}',
  patternDefault: 'the documented characters',
};
export type StateWords = typeof stateWordsEn;

/** Why a value was refused, in a form any language can word. */
export type Why =
  | { code: 'number'; spec: NumberSpec; finite?: false }
  | { code: 'enum'; options: readonly string[] }
  | { code: 'boolean' | 'text' | 'hostile' | 'far-too-long' }
  | { code: 'too-long'; max: number }
  | { code: 'pattern'; hint?: string };

function plain(x: number): string {
  return Number.isInteger(x) || Math.abs(x) >= 1e-3 ? String(x) : x.toExponential();
}

export function reasonText(why: Why, w: StateWords): string {
  switch (why.code) {
    case 'number': {
      const { spec } = why;
      const base = spec.options
        ? fill(w.mustBeOneOf, { options: spec.options.map(plain).join(w.listJoin) })
        : fill(spec.integer ? w.mustBeInteger : w.mustBeNumber, { min: plain(spec.min), max: plain(spec.max) });
      return why.finite === false ? base + w.notFinite : base;
    }
    case 'enum':
      return fill(w.mustBeOneOf, { options: why.options.join(w.listJoin) });
    case 'boolean':
      return w.mustBeBoolean;
    case 'text':
      return w.mustBeText;
    case 'hostile':
      return w.hostile;
    case 'far-too-long':
      return w.farTooLong;
    case 'too-long':
      return fill(w.tooLong, { max: why.max });
    case 'pattern':
      // A schema's hint is English prose; other languages use their generic words.
      return fill(w.pattern, { hint: (w.lang === 'en' && why.hint) || w.patternDefault });
  }
}

export { fill as fillWords };
