// The accountability figures: on-time rate, extensions, 待审核, overdue ageing and completions per month.
import type { AgeingBuckets } from '../../../core/metrics';
import type { Accountability } from '../../sidebar/model';
import { SEGMENT_COLOUR } from '../dashboard-style';
import { $, clear, el, svgNode } from '../dom';
import { t } from './strings';

const BUCKETS = ['days1to30', 'days31to90', 'over90'] as const;
// Deeper red the longer a problem has been overdue; the first is the sheet's own overdue fill's border.
const BUCKET_COLOUR: Record<keyof AgeingBuckets, string> = {
  days1to30: '#e06666',
  days31to90: '#cc0000',
  over90: '#660000',
};

interface MetricTile {
  key: 'onTimeRate' | 'extended' | 'pendingApproval';
  value: string | number;
  sub: string;
}

function metricTiles(a: Accountability): MetricTile[] {
  const rateSub = [
    a.measured > 0
      ? t('onTimeOf', { onTime: a.onTime, measured: a.measured })
      : a.undated > 0
        ? t('onTimeUndated', { count: a.undated })
        : t('onTimeNone'),
    // A done date after the as-of date is a check error, left out of the rate: say so beside it.
    a.flaggedDates > 0 ? t('onTimeFlagged', { count: a.flaggedDates }) : '',
  ];
  const tiles: MetricTile[] = [
    {
      key: 'onTimeRate',
      value: a.onTimeRate === null ? '—' : a.onTimeRate,
      sub: rateSub.filter(Boolean).join(' · '),
    },
    {
      key: 'extended',
      value: a.extended,
      sub: a.extensionsUnapproved > 0 ? t('unapproved', { count: a.extensionsUnapproved }) : '',
    },
  ];
  // 待审核 only means something when 销号需审核 is on; otherwise the server sends null and there is no tile.
  if (a.pendingApproval !== null) tiles.push({ key: 'pendingApproval', value: a.pendingApproval, sub: '' });
  return tiles;
}

export function renderAccountability(a: Accountability): void {
  const tiles = metricTiles(a);
  const box = $('metric-tiles');
  clear(box);
  box.style.gridTemplateColumns = `repeat(${tiles.length}, minmax(0, 1fr))`;
  for (const m of tiles) {
    const tile = el('div', 'tile');
    tile.setAttribute('data-metric', m.key);
    tile.appendChild(el('span', 'num', m.value));
    tile.appendChild(el('span', 'label', t(m.key)));
    if (m.sub) tile.appendChild(el('span', 'sub', m.sub));
    box.appendChild(tile);
  }
  renderAgeing(a.ageing);
  renderMonths(a);
}

function renderAgeing(ageing: AgeingBuckets): void {
  const bar = $('ageing-bar');
  clear(bar);
  bar.setAttribute('aria-label', t('ageingLabel', ageing));
  const list = $('ageing');
  clear(list);
  for (const b of BUCKETS) {
    const n = ageing[b] || 0;
    if (n) {
      const part = el('span');
      part.setAttribute('data-bucket', b);
      part.style.flex = `${n} 1 0`;
      part.style.background = BUCKET_COLOUR[b];
      part.title = `${t(b)} ${n}`;
      bar.appendChild(part);
    }
    const li = el('li');
    li.setAttribute('data-bucket', b);
    const swatch = el('span', 'swatch');
    swatch.style.background = BUCKET_COLOUR[b];
    li.appendChild(swatch);
    li.appendChild(document.createTextNode(t(b)));
    li.appendChild(el('span', 'n', n));
    list.appendChild(li);
  }
}

/** 2024-09 as 2024年9月 / Sep 2024, or the tick under its bar: 9月 / Sep. */
function monthName(ym: string, withYear: boolean): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const month = t('monthNames').split(' ')[m - 1] ?? String(m);
  return withYear ? t('monthWithYear', { year: y, month }) : month;
}

const FONT = 10;
const TOP = 13;
const BARS_H = 36;

function renderMonths(a: Accountability): void {
  const box = $('months');
  clear(box);
  const months = a.completionsByMonth;
  const note = $('months-note');
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) {
    note.textContent = t('noMonths');
    return;
  }
  box.appendChild(monthsSvg(a, Math.max(200, box.clientWidth || 280)));
  const total = months.reduce((n, m) => n + m.count, 0);
  let text = t('monthsRange', {
    from: monthName(first.month, true),
    to: monthName(last.month, true),
    count: total,
  });
  if (a.monthsOmitted) text += ` ${t('monthsOmitted', { count: a.monthsOmitted })}`;
  note.textContent = text;
}

/** One bar per month with its count above and its month below, every k-th month labelled. */
function monthsSvg(a: Accountability, width: number): SVGElement {
  const months = a.completionsByMonth;
  const height = TOP + BARS_H + FONT + 6;
  const slot = width / months.length;
  const barW = Math.max(4, Math.min(24, slot * 0.62));
  let max = 1;
  for (const m of months) max = Math.max(max, m.count);
  // Label every k-th month (always the latest) so ticks of about 3 characters never touch.
  const every = Math.max(1, Math.ceil(26 / slot));
  const svg = svgNode('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' });
  svg.setAttribute('aria-label', t('monthsChart'));
  const base = TOP + BARS_H + 0.5;
  svg.appendChild(svgNode('line', { x1: 0, x2: width, y1: base, y2: base, stroke: '#dadce0' }));
  months.forEach((m, i) => {
    const cx = slot * i + slot / 2;
    const h = m.count ? Math.max(2, (m.count / max) * BARS_H) : 0;
    const y = TOP + BARS_H - h;
    const rect = svgNode('rect', {
      x: cx - barW / 2,
      y,
      width: barW,
      height: h,
      fill: SEGMENT_COLOUR.done,
      rx: 1.5,
    });
    rect.setAttribute('data-month', m.month);
    rect.setAttribute('data-count', String(m.count));
    rect.appendChild(
      svgNode('title', {}, t('monthCount', { month: monthName(m.month, true), count: m.count })),
    );
    svg.appendChild(rect);
    const text = { x: cx, 'font-size': FONT, 'text-anchor': 'middle' };
    if (m.count) svg.appendChild(svgNode('text', { ...text, y: y - 3, fill: '#202124' }, m.count));
    if ((months.length - 1 - i) % every === 0) {
      svg.appendChild(
        svgNode(
          'text',
          { ...text, y: height - 2, fill: '#5f6368', class: 'tick' },
          monthName(m.month, false),
        ),
      );
    }
  });
  return svg;
}
