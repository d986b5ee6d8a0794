// The words of the converter tables, apart from their logic, in the shape a
// widget catalog carries them (plain nested objects of strings, so they can
// travel as island props). English is read from the tables themselves;
// cases.zh.ts and messages.zh.ts hold the same shape in Chinese, typed by the
// tables' ids so that a row without a translation does not compile.
import { CASES, TENSOR_KINDS, type CaseId, type TensorKind } from './cases.ts';
import { LESSONS, type LessonId } from './lessons.ts';
import { MESSAGES, type MessageId } from './messages.ts';
import { TUPLE_TEXT, type TupleTextId } from './simulate.ts';

export interface CaseText {
  title: string;
  summary: string;
  basis: string;
  /** One note per kind of tensor, for rows whose outcome is a model (none for error rows). */
  notes?: { readonly [K in TensorKind]: string };
}

/**
 * A known message's words. The message itself (`example`) is real program
 * output and stays as printed, so it is not here. Fixes are keyed "1", "2"…
 * in the order they are shown (catalogs hold no arrays).
 */
export interface MessageText {
  title: string;
  source: string;
  explanation: string;
  fixes: Readonly<Record<string, string>>;
}

export type CaseTexts = { readonly [K in CaseId]: CaseText };
export type MessageTexts = { readonly [K in MessageId]: MessageText };
export type LessonTitles = { readonly [K in LessonId]: string };
export type TupleTexts = { readonly [K in TupleTextId]: string };

export interface ConverterTexts {
  cases: CaseTexts;
  messages: MessageTexts;
  lessons: LessonTitles;
  tuples: TupleTexts;
}

function casesEn(): CaseTexts {
  const out: Partial<Record<CaseId, CaseText>> = {};
  for (const row of CASES) {
    const text: CaseText = { title: row.title, summary: row.summary, basis: row.basis };
    if (row.outcome.kind === 'model') {
      const { tensors } = row.outcome;
      text.notes = Object.fromEntries(TENSOR_KINDS.map((k) => [k, tensors[k].note])) as CaseText['notes'];
    }
    out[row.id] = text;
  }
  return out as CaseTexts;
}

function messagesEn(): MessageTexts {
  const out: Partial<Record<MessageId, MessageText>> = {};
  for (const m of MESSAGES) {
    out[m.id] = {
      title: m.title,
      source: m.source,
      explanation: m.explanation,
      fixes: Object.fromEntries(m.fixes.map((fix, i) => [String(i + 1), fix])),
    };
  }
  return out as MessageTexts;
}

function lessonsEn(): LessonTitles {
  return Object.fromEntries(Object.entries(LESSONS).map(([id, l]) => [id, l.title])) as unknown as LessonTitles;
}

/** The English words, built from the tables (so they cannot drift from them). */
export function converterTextsEn(): ConverterTexts {
  return { cases: casesEn(), messages: messagesEn(), lessons: lessonsEn(), tuples: { ...TUPLE_TEXT } };
}

/** A message's fixes in the order they are shown. */
export function fixesOf(text: MessageText): string[] {
  return Object.keys(text.fixes)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => text.fixes[k]!);
}
