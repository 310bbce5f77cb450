// How the sidebar and the offline page draw a dashboard alike: status colours, tile fills, list borders, the legend.
import type { Dashboard } from '../sidebar/model';
import { clear, el } from './dom';

export const SEGMENTS = ['done', 'inProgress', 'notDone', 'longTerm', 'unknown'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SEGMENT_COLOUR: Readonly<Record<Segment, string>> = {
  done: '#6aa84f',
  inProgress: '#f1c232',
  notDone: '#cc4125',
  longTerm: '#3d85c6',
  unknown: '#9aa0a6',
};

/** The tiles that wear the fill their rows wear on the sheet, by tile name. */
export const TILE_FILL: Readonly<Partial<Record<string, keyof Dashboard['palette']>>> = {
  done: 'done',
  longTerm: 'longTerm',
  overdue: 'overdue',
  dueSoon: 'dueSoon',
};

/** The list borders: stronger versions of the sheet's overdue and due-soon fills. */
export const ITEM_BORDER = { overdue: '#e06666', dueSoon: '#f6b26b' } as const;

/** One swatch and label per status the chart drew, in the chart's order. */
export function renderLegend(
  legend: HTMLElement,
  used: ReadonlySet<string>,
  labels: Dashboard['statusLabels'],
): void {
  clear(legend);
  for (const s of SEGMENTS) {
    if (!used.has(s)) continue;
    const li = el('li');
    const swatch = el('span', 'swatch');
    swatch.style.background = SEGMENT_COLOUR[s];
    li.appendChild(swatch);
    li.appendChild(document.createTextNode(labels[s]));
    legend.appendChild(li);
  }
}
