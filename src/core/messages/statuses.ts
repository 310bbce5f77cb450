// The four statuses of a problem and the urgency of an open one, as the ledger, legend and notice name them.
import type { Status } from '../status';
import { type Bilingual, messages } from './bilingual';

/** 整改状态's values: the words a dropdown offers and every count is labelled with. */
export const STATUS_LABELS: Readonly<Record<Status, Bilingual>> = /* @__PURE__ */ messages({
  done: { zh: '已完成', en: 'Done' },
  inProgress: { zh: '正在整改', en: 'In progress' },
  notDone: { zh: '未完成', en: 'Not done' },
  longTerm: { zh: '长期坚持', en: 'Long-term' },
});

/** An open problem's urgency, as the colour legend explains each fill. */
export const URGENCY_LABELS = /* @__PURE__ */ messages({
  overdue: { zh: '已逾期（超过整改时限仍未完成）', en: 'Overdue (past its deadline, not done)' },
  dueSoon({ leadDays }: { leadDays: number }) {
    return { zh: `${leadDays}天内到期`, en: `Due within ${leadDays} days` };
  },
  notDue: { zh: '未到期', en: 'Not yet due' },
});
