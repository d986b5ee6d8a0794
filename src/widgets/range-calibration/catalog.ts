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
    'Re-quantizes the digit model in your browser with activation ranges from calibration (min/max, percentile, moving average) or from dummy ranges, and evaluates it on 2,000 test digits.',
  model: modelMessagesEn,
};

export type RangeCalibrationStrings = typeof en;
