// Words the shared widget parts (toolbar, chart frame) show. Every widget's
// catalog carries a `shared` section with these, so one `strings` prop
// localizes a whole widget.
import { numberWordsEn } from '../../lib/data/parse-numbers.ts';
import { stateWordsEn } from '../../lib/widget-state/words.ts';

export const sharedEn = {
  /** Notices about settings from the link, attributes or props. */
  state: stateWordsEn,
  /** Messages about a typed or pasted list of numbers. */
  numbers: numberWordsEn,
  reset: 'Reset',
  resetLabel: 'Reset {widget}',
  resetDone: 'Reset to the starting values.',
  copyLink: 'Copy link to this state',
  copyLinkLabel: 'Copy link to this state of {widget}',
  linkCopied: 'Link copied.',
  copyByHand: 'Copy the link from the box below.',
  linkBox: 'Link to this state',
  chartPlaceholder: 'Chart appears when scripts have loaded.',
  chartPlaceholderTable: 'The data is in the table below.',
  dataTable: 'Data table',
  colon: ': ',
};
export type SharedStrings = typeof sharedEn;
