// The offline page's window side: file in, dashboard, totals, settings form and downloads; the work runs in the engine (a worker).
// Every text from a ledger reaches the page through textContent, never innerHTML.
import type { CalendarDate, Locale, ReminderPlan } from '../core';
import { say } from '../core/messages/bilingual';
import { commonMessages } from '../core/messages/common';
import { type PageMessageId, pageMessages } from '../core/messages/page';
import { type FillArgs, type FixedIds, textIn } from '../core/messages/placeholders';
import type { Dashboard, DashboardItem } from '../gas/sidebar/model';
import type { SettingsForm } from '../gas/sidebar/settings-form';
import { ITEM_BORDER, renderLegend, SEGMENT_COLOUR, SEGMENTS, TILE_FILL } from '../gas/ui/dashboard-style';
import { $, clear, el, fitText, svgNode } from '../gas/ui/dom';
import { formValues, renderForm, showIssues } from '../gas/ui/settings-fields';
import type { EnginePort } from './engine-port';
import type {
  Choices,
  Download,
  DroppedFile,
  FileOut,
  Reply,
  Request,
  RequestBody,
  RollupView,
  View,
} from './protocol';

const TILES = [
  'total',
  'done',
  'inProgress',
  'notDone',
  'longTerm',
  'overdue',
  'dueSoon',
  'completionRate',
  'recovered',
] as const;
/** The bar appears only when work lasts longer than this: a small ledger does not flicker. */
const PROGRESS_DELAY_MS = 150;

/** The browser's language: English when it asks for English first, Chinese otherwise. */
export function browserLocale(languages: readonly string[]): Locale {
  return /^en\b/i.test(languages[0] ?? '') ? 'en' : 'zh';
}

/** Today in Asia/Shanghai by this computer's clock, as the CLI decides it. */
function shanghaiToday(): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

type Messages = typeof pageMessages;
/** Ids of texts with no placeholder: the ones the markup names in data-t. */
type FixedText = FixedIds<Messages>;

export class PageUi {
  private locale: Locale;
  private explicitLang: Locale | null = null;
  private asOf: CalendarDate | null = null;
  private view: View | null = null;
  private nextId = 1;
  private pending = new Map<number, (reply: Reply) => void>();
  private progressTimer: ReturnType<typeof setTimeout> | null = null;
  private busy = 0;
  /** Whether the page shows a roll-up (several ledgers) rather than one ledger. */
  private rolledUp = false;

  constructor(
    private readonly engine: Promise<EnginePort>,
    private readonly ambient: Locale,
  ) {
    this.locale = ambient;
    void engine.then((port) => {
      port.onmessage = (event: MessageEvent<Reply>) => this.receive(event.data);
      port.onerror = (event) => {
        event.preventDefault();
        // A worker that dies mid-task answers nothing more: settle what waits, so the page keeps working.
        for (const [id, done] of this.pending)
          done({
            id,
            type: 'error',
            message: textIn(pageMessages, this.locale, 'failed', { error: event.message || 'worker' }),
          });
        this.pending.clear();
      };
    });
  }

  start(): void {
    this.applyStrings();
    const input = $('file-input') as HTMLInputElement;
    $('choose').addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      if (input.files?.length) void this.openFiles(Array.from(input.files));
      // The same file chosen again (after fixing it) must fire change again.
      input.value = '';
    });
    const drop = $('drop');
    const over = (event: DragEvent) => {
      event.preventDefault();
      drop.classList.add('over');
    };
    drop.addEventListener('dragenter', over);
    drop.addEventListener('dragover', over);
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length) void this.openFiles(files);
    });
    // A file dropped outside the zone must not make the browser navigate away from the page.
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => event.preventDefault());
    $('lang').addEventListener('click', () => {
      this.explicitLang = this.locale === 'zh' ? 'en' : 'zh';
      this.locale = this.explicitLang;
      this.applyStrings();
      if (this.view || this.rolledUp) void this.request({ type: 'update', choices: this.choices() });
    });
    const asOf = $('as-of') as HTMLInputElement;
    asOf.addEventListener('change', () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf.value)) return;
      this.asOf = asOf.value;
      void this.request({ type: 'update', choices: this.choices() });
    });
    $('as-of-reset').addEventListener('click', () => {
      this.asOf = null;
      void this.request({ type: 'update', choices: this.choices() });
    });
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) {
      button.addEventListener('click', () => void this.download(button.dataset.download as Download));
    }
    $('preview-reminders').addEventListener('click', () => {
      const section = $('reminders-section');
      section.hidden = false;
      section.focus();
    });
    $('settings-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.applySettings();
    });
  }

  private choices(): Choices {
    return { asOf: this.asOf, lang: this.explicitLang, ambient: this.ambient, today: shanghaiToday() };
  }

  private t<K extends PageMessageId>(key: K, ...args: FillArgs<(typeof pageMessages)[K]>): string {
    return textIn(pageMessages, this.locale, key, ...args);
  }

  private applyStrings(): void {
    document.documentElement.lang = say(this.locale, commonMessages.documentLang);
    for (const node of document.querySelectorAll<HTMLElement>('[data-t]')) {
      // The markup's keys are checked by a test; each names a text without placeholders.
      node.textContent = this.t(node.dataset.t as FixedText);
    }
    document.title = this.t('title');
    $('lang').setAttribute('aria-label', this.t('switchLabel'));
    $('lang').setAttribute('lang', say(this.locale === 'zh' ? 'en' : 'zh', commonMessages.documentLang));
  }

  private say(message: string, kind: 'error' | 'ok' | '' = ''): void {
    const box = $('message');
    box.className = `msg ${kind}`;
    box.textContent = message;
  }

  // ---- talking to the worker ---------------------------------------------------------------------------------

  private request(message: RequestBody, transfer: Transferable[] = []): Promise<Reply> {
    const id = this.nextId++;
    this.beginWork();
    return new Promise((resolve) => {
      this.pending.set(id, (reply) => {
        this.endWork();
        this.settle(reply);
        resolve(reply);
      });
      void this.engine.then((port) => port.postMessage({ ...message, id } as Request, transfer));
    });
  }

  private receive(reply: Reply): void {
    if (reply.type === 'ready') return;
    if (reply.type === 'progress') {
      this.showProgress(reply.label, reply.done, reply.total);
      return;
    }
    const done = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    done?.(reply);
  }

  /** What every final reply does to the page: a new view, a message, or a file to save. */
  private settle(reply: Reply): void {
    if (reply.type === 'view') {
      this.view = reply.view;
      this.rolledUp = false;
      if (!this.explicitLang) this.locale = reply.view.locale;
      this.applyStrings();
      this.render(reply.view);
      this.show('result');
    } else if (reply.type === 'rollup') {
      this.view = null;
      this.rolledUp = true;
      if (!this.explicitLang) this.locale = reply.view.locale;
      this.applyStrings();
      this.renderRollup(reply.view);
      this.show('rollup-section');
    } else if (reply.type === 'error') {
      this.say(reply.message, 'error');
    }
  }

  /** Shows one ledger's page or a roll-up's, never both; the as-of picker serves either. */
  private show(id: 'result' | 'rollup-section'): void {
    $('toolbar').hidden = false;
    $('result').hidden = id !== 'result';
    $('rollup-section').hidden = id !== 'rollup-section';
  }

  private renderRollup(view: RollupView): void {
    this.rolledUp = true;
    $('file-line').textContent = this.t('rollupLine', { count: view.files });
    ($('as-of') as HTMLInputElement).value = view.asOf;
    $('as-of-note').textContent = '';
    ($('as-of-reset') as HTMLButtonElement).hidden = this.asOf === null;
    $('rollup-sentence').textContent = view.sentence;
    const box = $('rollup-table');
    clear(box);
    box.appendChild(table(view.table.headers, view.table.rows));
    const notes = $('rollup-notes');
    clear(notes);
    for (const line of view.notes) notes.appendChild(el('li', '', line));
  }

  private beginWork(): void {
    this.busy++;
    document.body.setAttribute('aria-busy', 'true');
    for (const b of document.querySelectorAll<HTMLButtonElement>('[data-download]')) b.disabled = true;
    if (this.progressTimer === null) {
      this.progressTimer = setTimeout(() => {
        $('progress').hidden = false;
      }, PROGRESS_DELAY_MS);
    }
  }

  private endWork(): void {
    this.busy = Math.max(0, this.busy - 1);
    if (this.busy > 0) return;
    document.body.removeAttribute('aria-busy');
    for (const b of document.querySelectorAll<HTMLButtonElement>('[data-download]'))
      b.disabled = !this.view && !this.rolledUp;
    if (this.progressTimer !== null) clearTimeout(this.progressTimer);
    this.progressTimer = null;
    $('progress').hidden = true;
    const bar = $('progress-bar') as HTMLProgressElement;
    bar.removeAttribute('value');
    $('progress-label').textContent = '';
  }

  private showProgress(label: string, done: number, total: number | null): void {
    $('progress-label').textContent = total
      ? `${label} ${done.toLocaleString()}/${total.toLocaleString()}`
      : label;
    const bar = $('progress-bar') as HTMLProgressElement;
    if (total) {
      bar.max = total;
      bar.value = done;
    } else bar.removeAttribute('value');
  }

  // ---- files in and out --------------------------------------------------------------------------------------

  async openFiles(files: File[]): Promise<void> {
    this.say(
      this.t('dropped', {
        files: files.map((f) => f.name).join(say(this.locale, commonMessages.listSeparator)),
      }),
    );
    // Busy from the moment the files arrive: reading them into memory is part of the work.
    this.beginWork();
    try {
      const dropped: DroppedFile[] = [];
      for (const f of files) dropped.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      const transfer = dropped.map((f) => f.bytes.buffer);
      // Callers pass at least one file: one is opened, more are rolled up.
      const [only] = dropped;
      const reply =
        only && dropped.length === 1
          ? await this.request({ type: 'open', file: only, choices: this.choices() }, transfer)
          : await this.request({ type: 'rollup', files: dropped, choices: this.choices() }, transfer);
      if (reply.type === 'view' || reply.type === 'rollup') this.say('');
    } finally {
      this.endWork();
    }
  }

  private async download(what: Download): Promise<void> {
    const reply = await this.request({ type: 'download', what });
    if (reply.type !== 'file') return;
    save(reply.file);
    this.showFileLines(reply.file);
  }

  private showFileLines(file: FileOut): void {
    const box = $(this.rolledUp && !this.view ? 'rollup-result' : 'download-result');
    clear(box);
    box.appendChild(el('p', '', this.t('downloaded', { file: file.name })));
    for (const line of file.lines) box.appendChild(el('p', '', line));
  }

  private async applySettings(): Promise<void> {
    const result = $('settings-result');
    const reply = await this.request({
      type: 'settings',
      form: formValues($('settings-fields')),
      choices: this.choices(),
    });
    if (reply.type === 'issues') {
      const first = showIssues($('settings-fields'), reply.issues);
      result.className = 'msg error';
      result.textContent = this.t('fixFields', { count: reply.issues.length });
      first?.focus();
    } else if (reply.type === 'view') {
      result.className = 'msg ok';
      result.textContent = this.t('applied');
    }
  }

  // ---- rendering ---------------------------------------------------------------------------------------------

  private render(view: View): void {
    const d = view.dashboard;
    $('file-line').textContent = this.t('fileLine', {
      file: view.file,
      sheet: view.sheetName ? this.t('sheet', { sheet: view.sheetName }) : '',
      problems: d.tiles.total,
    });
    const asOf = $('as-of') as HTMLInputElement;
    asOf.value = view.asOf;
    $('as-of-note').textContent = view.asOfPinned ? this.t('asOfPinned') : '';
    ($('as-of-reset') as HTMLButtonElement).hidden = this.asOf === null;
    for (const b of document.querySelectorAll<HTMLButtonElement>('[data-download]')) b.disabled = false;
    this.renderTiles(d);
    this.renderMetrics(d);
    this.renderChart(d);
    this.renderItems($('overdue'), d.overdue, 'overdue', this.t('noOverdue'), d.tiles.overdue);
    this.renderItems($('duesoon'), d.dueSoon, 'dueSoon', this.t('noDueSoon'), d.tiles.dueSoon);
    $('h-overdue').textContent = this.t('overdueList', { count: d.tiles.overdue });
    $('h-duesoon').textContent = this.t('dueSoonList', { count: d.tiles.dueSoon, days: d.leadDays });
    this.renderTotals(view);
    this.renderFindings(d);
    this.renderSettings(view.settingsForm, view.settingsEdited);
    this.renderReminders(view.reminders);
    const note = $('imported-note');
    const imported = view.imported;
    note.hidden = imported === null;
    note.textContent = imported
      ? this.t('importedNote', {
          from: imported.from,
          problems: imported.problems,
          errors: imported.errors,
          warnings: imported.warnings,
        })
      : '';
    ($('imported-download') as HTMLButtonElement).hidden = imported === null;
  }

  private renderTiles(d: Dashboard): void {
    const box = $('tiles');
    clear(box);
    for (const key of TILES) {
      const tile = el('div', 'tile');
      tile.dataset.tile = key;
      const fill = TILE_FILL[key];
      if (fill) tile.style.background = d.palette[fill];
      tile.appendChild(el('span', 'num', d.tiles[key]));
      tile.appendChild(el('span', 'label', this.t(key)));
      box.appendChild(tile);
    }
  }

  private renderMetrics(d: Dashboard): void {
    const a = d.accountability;
    const tiles: {
      key: 'onTimeRate' | 'extended' | 'pendingApproval';
      value: string | number;
      sub: string;
    }[] = [
      {
        key: 'onTimeRate',
        value: a.onTimeRate ?? '—',
        sub:
          a.measured > 0
            ? this.t('onTimeOf', { onTime: a.onTime, measured: a.measured })
            : a.undated > 0
              ? this.t('onTimeUndated', { count: a.undated })
              : this.t('onTimeNone'),
      },
      {
        key: 'extended',
        value: a.extended,
        sub: a.extensionsUnapproved > 0 ? this.t('unapproved', { count: a.extensionsUnapproved }) : '',
      },
    ];
    if (a.pendingApproval !== null) tiles.push({ key: 'pendingApproval', value: a.pendingApproval, sub: '' });
    const box = $('metric-tiles');
    clear(box);
    for (const m of tiles) {
      const tile = el('div', 'tile');
      tile.dataset.metric = m.key;
      tile.appendChild(el('span', 'num', m.value));
      tile.appendChild(el('span', 'label', this.t(m.key)));
      if (m.sub) tile.appendChild(el('span', 'sub', m.sub));
      box.appendChild(tile);
    }
    $('ageing').textContent = this.t('ageingLabel', a.ageing);
  }

  private renderChart(d: Dashboard): void {
    const box = $('chart');
    clear(box);
    const width = 560;
    const rowH = 34;
    const font = 12;
    const labelW = 150;
    const height = Math.max(rowH, d.categories.length * rowH);
    const svg = svgNode('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' });
    svg.setAttribute('aria-label', this.t('chartLabel'));
    let max = 1;
    for (const c of d.categories) max = Math.max(max, c.total);
    const scale = (width - labelW - 30) / max;
    const used = new Set<string>();
    d.categories.forEach((c, i) => {
      const y = i * rowH;
      const label = svgNode(
        'text',
        { x: 0, y: y + rowH / 2 + 4, 'font-size': font, fill: '#3c4043' },
        fitText(c.name, (labelW - 6) / font),
      );
      label.appendChild(svgNode('title', {}, c.name));
      svg.appendChild(label);
      let x = labelW;
      for (const s of SEGMENTS) {
        const n = c.counts[s] || 0;
        if (!n) continue;
        used.add(s);
        const rect = svgNode('rect', {
          x,
          y: y + 8,
          width: Math.max(1, n * scale),
          height: rowH - 16,
          fill: SEGMENT_COLOUR[s],
        });
        rect.dataset.segment = s;
        rect.dataset.count = String(n);
        rect.appendChild(svgNode('title', {}, `${c.name} · ${d.statusLabels[s]} ${n}`));
        svg.appendChild(rect);
        x += n * scale;
      }
      svg.appendChild(svgNode('text', { x: x + 4, y: y + rowH / 2 + 4, 'font-size': font }, c.total));
    });
    box.appendChild(svg);
    renderLegend($('legend'), used, d.statusLabels);
  }

  private dueText(item: DashboardItem): string {
    if (item.daysLeft < 0) return this.t('overdueBy', { days: -item.daysLeft });
    if (item.daysLeft === 0) return this.t('dueToday');
    return this.t('dueIn', { days: item.daysLeft });
  }

  private renderItems(
    list: HTMLElement,
    items: DashboardItem[],
    kind: 'overdue' | 'dueSoon',
    empty: string,
    total: number,
  ): void {
    clear(list);
    if (!items.length) list.appendChild(el('li', 'empty', empty));
    for (const item of items) {
      const li = el('li', 'item');
      li.style.borderLeftColor = ITEM_BORDER[kind];
      li.dataset.row = String(item.row);
      const meta = [
        item.id ? this.t('idMeta', { id: item.id }) : '',
        this.t('rowMeta', { row: item.row }),
        item.department,
        `${this.t('due', { date: item.due })} · ${this.dueText(item)}`,
      ];
      li.appendChild(el('span', 'meta', meta.filter(Boolean).join(' · ')));
      li.appendChild(el('span', 'text', item.problem));
      list.appendChild(li);
    }
    if (total > items.length)
      list.appendChild(el('li', 'empty', this.t('itemsOmitted', { count: total - items.length })));
  }

  private renderTotals(view: View): void {
    $('sentence').textContent = view.totals.sentence;
    const headline = $('headline');
    clear(headline);
    headline.appendChild(
      table(
        [this.t('item'), this.t('count')],
        [
          ...view.totals.headline.map(([label, n]) => [label, n]),
          [this.t('completionRate'), view.totals.completionRate],
          [this.t('recovered'), view.totals.recovered],
        ],
      ),
    );
    const byCategory = $('by-category');
    clear(byCategory);
    byCategory.appendChild(table(view.totals.byCategory.headers, view.totals.byCategory.rows));
    const byDepartment = $('by-department');
    clear(byDepartment);
    byDepartment.appendChild(table(view.totals.byDepartment.headers, view.totals.byDepartment.rows));
  }

  private renderFindings(d: Dashboard): void {
    $('h-findings').textContent = this.t('findingsList', { errors: d.errors, warnings: d.warnings });
    const box = $('findings');
    clear(box);
    if (!d.findings.length) {
      box.appendChild(el('p', 'empty', this.t('noFindings')));
      return;
    }
    box.appendChild(
      table(
        [this.t('cell'), this.t('severity'), this.t('message')],
        d.findings.map((f) => [
          `${f.sheet}!${f.cell}`,
          f.severity === 'error' ? this.t('error') : this.t('warning'),
          f.message,
        ]),
        // One table row per finding, in order: row i is finding i.
        (row, i) => row.classList.add(d.findings[i]?.severity ?? 'warning'),
      ),
    );
    if (d.findingsOmitted)
      box.appendChild(el('p', 'empty', this.t('findingsOmitted', { count: d.findingsOmitted })));
  }

  private renderSettings(form: SettingsForm, edited: boolean): void {
    renderForm($('settings-fields'), form);
    showIssues($('settings-fields'), form.issues);
    const result = $('settings-result');
    if (edited) {
      result.className = 'msg ok';
      result.textContent = this.t('settingsEdited');
    } else {
      result.className = 'msg';
      result.textContent = '';
    }
  }

  private renderReminders(plan: ReminderPlan): void {
    $('reminders-note').textContent = this.t('remindersNote', {
      asOf: plan.asOf,
      count: plan.digests.length,
    });
    const list = $('digests');
    clear(list);
    const roles = { office: 'roleOffice', leader: 'roleLeader', both: 'roleBoth' } as const;
    for (const d of plan.digests) {
      const li = el('li', 'digest');
      li.appendChild(el('p', 'meta', `${this.t('to')}: ${d.recipient}（${this.t(roles[d.kind])}）`));
      li.appendChild(el('p', 'subject', `${this.t('subject')}: ${d.subject}`));
      li.appendChild(el('pre', 'body', d.text));
      list.appendChild(li);
    }
    const extra = $('reminders-extra');
    clear(extra);
    if (plan.alreadyAnnounced > 0)
      extra.appendChild(el('p', '', this.t('announced', { count: plan.alreadyAnnounced })));
    if (plan.skipped.length > 0) {
      extra.appendChild(el('p', '', this.t('skipped', { count: plan.skipped.length })));
      const ul = el('ul');
      for (const s of plan.skipped) ul.appendChild(el('li', '', s.message));
      extra.appendChild(ul);
    }
  }
}

/** A plain table; every cell through textContent. */
function table(
  headers: string[],
  rows: (string | number)[][],
  decorate?: (row: HTMLTableRowElement, index: number) => void,
): HTMLTableElement {
  const node = el('table');
  const head = el('tr');
  for (const h of headers) head.appendChild(el('th', '', h));
  node.appendChild(el('thead')).appendChild(head);
  const body = node.appendChild(el('tbody'));
  rows.forEach((r, i) => {
    const tr = el('tr');
    for (const c of r) tr.appendChild(el('td', typeof c === 'number' ? 'n' : '', c));
    decorate?.(tr, i);
    body.appendChild(tr);
  });
  return node;
}

/** Saves a file the worker made, through a link to an object URL (no network: the bytes are in memory). */
function save(file: FileOut): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  const link = el('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL can go once the browser took it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
