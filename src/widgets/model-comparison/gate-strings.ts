// Words of RunGate and of the model runtime's messages: both model widgets
// carry them in their catalogs (RangeCalibration uses RunGate too).
import { modelMessagesEn } from '../../lib/model/messages.ts';

export const gateEn = {
  tryAgain: 'Try again',
  /** Bytes received while the total is unknown. */
  megabytes: '{received} MB',
  megabytesOf: '{received} of {total} MB',
  loaded: 'Models loaded.',
};
export type GateStrings = typeof gateEn;

export { modelMessagesEn };
