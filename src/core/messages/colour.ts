// 标记逾期's words: progress, the colour names and lines of the legend note, and the toast with the counts.
import { messages } from './bilingual';

export const colourMessages = messages({
  progress: { zh: '正在按整改时限标色…', en: 'Colouring rows by deadline…' },
  lightRed: { zh: '浅红', en: 'light red' },
  lightOrange: { zh: '浅橙', en: 'light orange' },
  lightBlue: { zh: '浅蓝', en: 'light blue' },
  lightGreen: { zh: '浅绿', en: 'light green' },
  legendHead: (p: { asOf: string }) => ({
    zh: `行底色图例（按 ${p.asOf} 标色）：`,
    en: `Row colours (as of ${p.asOf}):`,
  }),
  legendTail: {
    zh: '无底色：未到期。您自己设置的其他底色不会被改动。',
    en: 'No fill: not yet due. Fills of other colours you set are left alone.',
  },
  coloured: (p: {
    asOf: string;
    overdue: number;
    dueSoon: number;
    leadDays: number;
    longTerm: number;
    done: number;
  }) => ({
    zh: `已按 ${p.asOf} 标色：逾期 ${p.overdue}，${p.leadDays}天内到期 ${p.dueSoon}，长期坚持 ${p.longTerm}，已完成 ${p.done}。图例见表头第一格的批注。`,
    en: `Coloured as of ${p.asOf}: ${p.overdue} overdue, ${p.dueSoon} due within ${p.leadDays} days, ${p.longTerm} long-term, ${p.done} done. The legend is the note on the first header cell.`,
  }),
});
