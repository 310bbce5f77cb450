// The overview tab: tiles, the overdue and due-soon lists and the findings; a click selects the row or cell.
import type { Dashboard, DashboardFinding, DashboardItem } from '../../sidebar/model';
import { ITEM_BORDER, TILE_FILL } from '../dashboard-style';
import { $, clear, el } from '../dom';
import { renderAccountability } from './accountability';
import { renderChart } from './chart';
import { call } from './rpc';
import { say, sayFailure } from './status';
import { applyStrings, setPageLocale, t } from './strings';

const TILES = [
  'total',
  'done',
  'inProgress',
  'notDone',
  'unknown',
  'longTerm',
  'overdue',
  'dueSoon',
  'completionRate',
  'recovered',
] as const;
/** Findings listed before "show all": enough to act on without burying the chart under warnings. */
const FIRST_FINDINGS = 10;

/**
 * Reads the dashboard and draws it; its locale sets the page's language. Resolves to true once drawn, to
 * false when the server failed (the status line says why).
 */
export function loadDashboard(): Promise<boolean> {
  say($('status'), t('loading'), 'busy');
  return call('getDashboard').then(
    (data) => {
      setPageLocale(data.locale);
      applyStrings();
      renderDashboard(data);
      say($('status'), '');
      return true;
    },
    (error: unknown) => {
      sayFailure($('status'))(error);
      return false;
    },
  );
}

function renderDashboard(d: Dashboard): void {
  $('asof').textContent = t('asOf', { asOf: d.asOf, sheet: d.sheetName });
  const notice = $('notice');
  notice.hidden = !d.notice;
  notice.textContent = d.notice || '';
  renderTiles(d);
  renderItems($('overdue'), d.overdue, 'overdue', t('noOverdue'), d.tiles.overdue);
  renderItems($('duesoon'), d.dueSoon, 'dueSoon', t('noDueSoon'), d.tiles.dueSoon);
  $('h-overdue').textContent = t('overdueList', { count: d.tiles.overdue });
  $('h-duesoon').textContent = t('dueSoonList', { count: d.tiles.dueSoon, days: d.leadDays });
  $('h-findings').textContent = t('findingsList', { errors: d.errors, warnings: d.warnings });
  renderFindings(d, false);
  renderChart(d);
  renderAccountability(d.accountability);
}

function renderTiles(d: Dashboard): void {
  const box = $('tiles');
  clear(box);
  for (const key of TILES) {
    // Unreadable statuses get a tile only when there are some, so the status tiles add up to the total.
    if (key === 'unknown' && !d.tiles.unknown) continue;
    const tile = el('div', 'tile');
    tile.setAttribute('data-tile', key);
    const fillKey = TILE_FILL[key];
    const fill = fillKey && d.palette[fillKey];
    if (fill) tile.style.background = fill;
    tile.appendChild(el('span', 'num', d.tiles[key]));
    tile.appendChild(el('span', 'label', t(key)));
    box.appendChild(tile);
  }
}

function dueText(item: DashboardItem): string {
  if (item.daysLeft === -1) return t('overdueBy1');
  if (item.daysLeft < 0) return t('overdueBy', { days: -item.daysLeft });
  if (item.daysLeft === 0) return t('dueToday');
  if (item.daysLeft === 1) return t('dueTomorrow');
  return t('dueIn', { days: item.daysLeft });
}

function itemButton(className: string, meta: string, text: string, onClick: () => void) {
  const button = el('button', `item ${className}`);
  button.type = 'button';
  button.appendChild(el('span', 'meta', meta));
  button.appendChild(el('span', 'text', text));
  button.addEventListener('click', onClick);
  const li = el('li');
  li.appendChild(button);
  return { li, button };
}

function renderItems(
  list: HTMLElement,
  items: readonly DashboardItem[],
  kind: 'overdue' | 'dueSoon',
  emptyText: string,
  total: number,
): void {
  clear(list);
  if (!items.length) list.appendChild(el('li', 'empty', emptyText));
  for (const item of items) {
    const meta = [
      item.id ? t('idMeta', { id: item.id }) : '',
      item.department,
      `${t('due', { date: item.due })} · ${dueText(item)}`,
    ];
    const { li, button } = itemButton(kind, meta.filter(Boolean).join(' · '), item.problem, () =>
      selectRow(item.row),
    );
    button.setAttribute('data-row', String(item.row));
    button.style.borderLeftColor = ITEM_BORDER[kind];
    list.appendChild(li);
  }
  if (total > items.length)
    list.appendChild(el('li', 'empty', t('itemsOmitted', { count: total - items.length })));
}

function findingButton(d: Dashboard, f: DashboardFinding) {
  const where = f.sheet && f.sheet !== d.sheetName ? `${f.sheet}!${f.cell}` : f.cell;
  const severity = f.severity === 'error' ? 'error' : 'warning';
  const { li, button } = itemButton(severity, `${where} · ${t(severity)}`, f.message, () =>
    selectCell(f.target),
  );
  button.setAttribute('data-cell', f.target);
  return li;
}

function renderFindings(d: Dashboard, all: boolean): void {
  const list = $('findings');
  clear(list);
  if (!d.findings.length) list.appendChild(el('li', 'empty', t('noFindings')));
  const shown = all ? d.findings : d.findings.slice(0, FIRST_FINDINGS);
  for (const f of shown) list.appendChild(findingButton(d, f));
  const more = $('findings-more');
  more.hidden = shown.length === d.findings.length;
  more.textContent = t('showAll', { count: d.findings.length });
  more.onclick = () => {
    renderFindings(d, true);
    const next = list.querySelectorAll('button')[shown.length];
    if (next) next.focus();
  };
  const omitted = $('findings-omitted');
  omitted.hidden = !d.findingsOmitted || !more.hidden;
  omitted.textContent = d.findingsOmitted ? t('findingsOmitted', { count: d.findingsOmitted }) : '';
}

function selectRow(row: number): Promise<void> {
  return call('selectRow', row).then(
    () => say($('status'), t('rowSelected', { row }), 'ok'),
    sayFailure($('status')),
  );
}

function selectCell(target: string): Promise<void> {
  return call('selectCell', target).then(
    () => say($('status'), t('cellSelected', { cell: target }), 'ok'),
    sayFailure($('status')),
  );
}
