// Status lines under each panel: progress, outcome or a server error, as text.
import { t } from './strings';

export type Tone = 'error' | 'ok' | 'busy';

/** The message of a server error, without the "Exception:" prefix or any stack lines. */
export function errorText(error: unknown): string {
  const raw =
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error || '');
  // split always gives at least one part; ?? '' only satisfies the index check.
  const text = (raw.split('\n')[0] ?? '').replace(/^(Uncaught\s+)?\w*(Exception|Error):\s*/i, '').trim();
  return text || t('unknownError');
}

/** Shows a text in a status line, styled by its tone; no text empties (and hides) the line. */
export function say(node: HTMLElement, text?: string, tone?: Tone): void {
  node.classList.remove('error', 'ok', 'busy');
  if (tone) node.classList.add(tone);
  node.textContent = text || '';
}

/** A failure handler that shows the server's error in the status line. */
export function sayFailure(node: HTMLElement): (error: unknown) => void {
  return (error) => say(node, t('failed', { error: errorText(error) }), 'error');
}
