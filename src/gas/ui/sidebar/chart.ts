// The status chart: one bar per category, a segment per status, drawn as SVG with every text as text.
import type { Dashboard } from '../../sidebar/model';
import { renderLegend, SEGMENT_COLOUR, SEGMENTS } from '../dashboard-style';
import { $, clear, fitText, svgNode } from '../dom';
import { t } from './strings';

const ROW_H = 34;
const FONT = 11;
/** Room right of the longest bar for its total. */
const NUMBER_ROOM = 26;

export function renderChart(d: Dashboard): void {
  const box = $('chart');
  clear(box);
  const width = Math.max(200, box.clientWidth || 280);
  const height = Math.max(ROW_H, d.categories.length * ROW_H);
  const svg = svgNode('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' });
  svg.setAttribute('aria-label', t('chartLabel'));
  let max = 1;
  for (const c of d.categories) max = Math.max(max, c.total);
  const scale = (width - NUMBER_ROOM) / max;
  const used = new Set<string>();
  d.categories.forEach((c, i) => {
    const y = i * ROW_H;
    const label = svgNode(
      'text',
      { x: 0, y: y + FONT + 1, 'font-size': FONT, fill: '#3c4043' },
      fitText(c.name, width / FONT - 0.5),
    );
    label.appendChild(svgNode('title', {}, c.name));
    svg.appendChild(label);
    let x = 0;
    for (const s of SEGMENTS) {
      const n = c.counts[s] || 0;
      if (!n) continue;
      used.add(s);
      const rect = svgNode('rect', {
        x,
        y: y + FONT + 5,
        width: Math.max(1, n * scale),
        height: 12,
        fill: SEGMENT_COLOUR[s],
      });
      rect.appendChild(svgNode('title', {}, `${d.statusLabels[s]} ${n}`));
      svg.appendChild(rect);
      x += n * scale;
    }
    svg.appendChild(
      svgNode('text', { x: x + 4, y: y + FONT + 15, 'font-size': FONT, fill: '#202124' }, c.total),
    );
  });
  box.appendChild(svg);
  renderLegend($('legend'), used, d.statusLabels);
}
