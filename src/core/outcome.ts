// What a command hands back besides its writes: the report a presenter shows, and the checks a plan puts on cells.
import type { Locale } from './locale';

/** A document the command made, linked under its report. */
export interface ReportLink {
  readonly url: string;
  readonly text: string;
}

/**
 * What a command tells the person, already in their language. The menu shows it as a dialog (`alert`) or a
 * note in the corner (`toast`); the sidebar shows it in place. Neither reads the other's form.
 */
export interface Report {
  readonly show: 'alert' | 'toast';
  /** The language it is written in (设置's 语言 once read): the presenter's titles follow it. */
  readonly locale: Locale;
  /** The lines of the dialog or toast, joined by line breaks. */
  readonly lines: readonly string[];
  /**
   * What the sidebar shows when the dialog says more than it needs (the sidebar lists the findings itself);
   * the lines otherwise.
   */
  readonly brief?: readonly string[];
  readonly links?: readonly ReportLink[];
}

/**
 * A data-validation rule a plan puts on a column. Rules warn rather than reject: the core also reads aliases
 * (已整改, 整改中) and dates written as text.
 */
export type ValidationRule =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly help: string }
  | { readonly kind: 'date'; readonly help: string }
  | { readonly kind: 'atLeast'; readonly min: number; readonly help: string };
