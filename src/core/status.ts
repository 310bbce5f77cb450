// Status vocabulary: the four statuses of a problem and the words clerks use for them.
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { STATUS_LABELS } from './messages/statuses';
import { normalise } from './text';

export type Status = 'done' | 'inProgress' | 'notDone' | 'longTerm';

export const STATUSES: readonly Status[] = ['done', 'inProgress', 'notDone', 'longTerm'];

/** Status words are compared without case or spaces: clerks type "已 完成" and "IN  PROGRESS". */
function statusKey(text: string): string {
  return normalise(text).toLowerCase().replace(/ /g, '');
}

// A Map, not an object: a cell reading "constructor" must not find Object.prototype's.
const ALIASES = new Map<string, Status>();
for (const [status, words] of Object.entries({
  done: [
    '已完成',
    '已整改',
    '已销号',
    '完成',
    '已完成整改',
    '整改完成',
    '已整改到位',
    '整改到位',
    '已办结',
    'done',
    'completed',
    'complete',
    'closed',
  ],
  inProgress: ['正在整改', '整改中', '推进中', '正在推进', '进行中', 'in progress', 'ongoing', 'in-progress'],
  notDone: ['未完成', '未整改', '尚未完成', '尚未整改', '未开始', 'not done', 'not started', 'open'],
  longTerm: ['长期坚持', '长期', '持续整改', 'long-term', 'long term'],
} as Record<Status, string[]>)) {
  for (const word of words) ALIASES.set(statusKey(word), status as Status);
}

export function statusLabel(status: Status, locale: Locale = 'zh'): string {
  return say(locale, STATUS_LABELS[status]);
}

/** The labels offered in a dropdown, in order. */
export function statusLabels(locale: Locale = 'zh'): string[] {
  return STATUSES.map((s) => say(locale, STATUS_LABELS[s]));
}

/** Reads a status word; null when the word is not one of the accepted ones. */
export function parseStatus(text: string): Status | null {
  return ALIASES.get(statusKey(text)) ?? null;
}
