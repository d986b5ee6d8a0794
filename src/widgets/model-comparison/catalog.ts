// The English catalog as pages and tests see it: the island's words plus the
// gallery's description and the model messages. A Chinese page passes the
// Chinese catalog (with its message table) as a prop; an English page keeps
// the English each error was made with, so its island never carries the
// worker's templates or the description.
import { modelMessagesEn } from '../../lib/model/messages.ts';
import { en as island } from './strings.ts';

export const en = {
  ...island,
  description:
    'Runs the fp32, weights-only, full-integer, float16 and dummy-range digit models side by side in your browser: size, accuracy, agreement, live latency, the digits they disagree on, and a drawing pad.',
  model: modelMessagesEn,
};

export type ModelComparisonStrings = typeof en;
