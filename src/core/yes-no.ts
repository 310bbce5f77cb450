// The one yes/no vocabulary: the words a clerk may type for yes or no, in the ledger and on 设置 alike.
import { foldWidth } from './text';

/**
 * Yes: the words, ticks and 1. "x" marks a box as ticked; 长期/长期坚持 answer the 长期坚持 column's question.
 * No: the words, crosses, 0, and "-" or 无 for nothing. Compared after folding widths and case.
 */
const YES = new Set(['是', 'yes', 'y', 'true', '1', '✓', '√', '✔', 'x', '长期', '长期坚持']);
const NO = new Set(['否', 'no', 'n', 'false', '0', '✗', '×', '✘', '-', '无', '']);

/** True for a yes word, false for a no word or a blank cell, null for anything else. */
export function readYesNo(text: string): boolean | null {
  const word = foldWidth(text).trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : null;
}
