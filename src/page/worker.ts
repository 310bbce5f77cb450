// The offline page's worker: reads the dropped file's bytes and produces every view and download with the CLI's own pipeline.

import { CliError } from '../cli/errors';
import { importOf, importWorkbook } from '../cli/import/result';
import { importSourceFromBytes } from '../cli/import/source-bytes';
import { extensionOf, type LedgerSource, ledgerFromBytes } from '../cli/ledger-bytes';
import { type CommandContext, contextFromSource, requireLedger } from '../cli/pipeline';
import type { Progress } from '../cli/progress-port';
import { checkRollup, rollupNotes, rollupTable, rollupUnits } from '../cli/rollup-unit';
import { type Locale, type Rollup, type Settings, settingsFromForm } from '../core';
import { say } from '../core/messages/bilingual';
import { pageFileNames, pageWorkerText as T } from '../core/messages/page-worker';
import { rollupCliText } from '../core/messages/rollup-notice-cli';
import { isRollupDownload, ledgerDownload, rollupDownload, stem } from './downloads';
import type { Choices, Download, DroppedFile, FileOut, ImportedNote, Reply, Request, View } from './protocol';
import { ledgerView } from './view';

type Post = (reply: Reply) => void;

/** Documents the page imports rather than reads as a ledger (a .txt is tried as a ledger first). */
const IMPORT_ONLY = new Set(['.docx', '.md', '.markdown', '.html', '.htm']);

/** Redraws at most this often: ticking 10,000 rows must not flood the page with messages. */
const PROGRESS_EVERY_MS = 100;

/** A Progress (the CLI's interface) that reports to the page instead of drawing on a terminal. */
export function workerProgress(id: number, post: Post, now: () => number = () => Date.now()): Progress {
  let label = '';
  let total: number | null = null;
  let last = -Infinity;
  return {
    stage(next, steps) {
      label = next;
      total = steps ?? null;
      last = now();
      post({ id, type: 'progress', label, done: 0, total });
    },
    tick(done) {
      const t = now();
      if (t - last < PROGRESS_EVERY_MS) return;
      last = t;
      post({ id, type: 'progress', label, done, total });
    },
    finish() {},
  };
}

/** One loaded ledger and what the user chose; every request recomputes from the bytes or the source. */
export class Engine {
  private file: DroppedFile | null = null;
  private source: LedgerSource | null = null;
  private ctx: CommandContext | null = null;
  /** Settings from the page's form, once saved there; null means the workbook's 设置 sheet. */
  private settings: Settings | null = null;
  private choices: Choices | null = null;
  /** Set when the ledger on the page was imported from a notice: what the page says about it. */
  private imported: ImportedNote | null = null;
  private pendingImport: ImportedNote | null = null;
  /** Set while the page shows a roll-up of several dropped ledgers. */
  private rollupFiles: DroppedFile[] | null = null;
  private rollup: Rollup | null = null;

  constructor(private readonly post: Post) {}

  async handle(request: Request): Promise<void> {
    const { id } = request;
    const progress = workerProgress(id, this.post);
    try {
      switch (request.type) {
        case 'open':
          await this.open(request.file, request.choices, progress);
          this.post({ id, type: 'view', view: this.view() });
          break;
        case 'rollup':
          this.rollupFiles = request.files;
          await this.rollUp(id, request.choices, progress);
          break;
        case 'update':
          if (this.rollupFiles) {
            await this.rollUp(id, request.choices, progress);
            break;
          }
          this.recompute(request.choices, progress);
          this.post({ id, type: 'view', view: this.view() });
          break;
        case 'settings': {
          const locale = this.ctx?.locale ?? request.choices.lang ?? request.choices.ambient;
          const { settings, issues } = settingsFromForm(request.form, locale);
          if (issues.length > 0) {
            this.post({ id, type: 'issues', issues });
            break;
          }
          this.settings = settings;
          this.recompute(request.choices, progress);
          this.post({ id, type: 'view', view: this.view() });
          break;
        }
        case 'download':
          this.post({ id, type: 'file', file: await this.download(request.what, progress) });
          break;
      }
    } catch (error) {
      // The CLI's own one-line messages (a damaged file, an .xls, no ledger header) reach the page as they are.
      const message =
        error instanceof CliError
          ? error.message
          : say(this.locale(request), T.failed({ detail: errorText(error) }));
      this.post({ id, type: 'error', message });
    }
  }

  private locale(request: Request): Locale {
    if (this.ctx) return this.ctx.locale;
    return 'choices' in request ? (request.choices.lang ?? request.choices.ambient) : 'zh';
  }

  /**
   * Several ledgers at once, as `rectify rollup` reads them: one as-of date for every unit (the picker's, else
   * today, never a unit's own 统计截止日期), checked to add up before anything is shown.
   */
  private async rollUp(id: number, choices: Choices, progress: Progress): Promise<void> {
    const files = this.rollupFiles ?? [];
    const locale = choices.lang ?? choices.ambient;
    const asOf = choices.asOf ?? choices.today;
    progress.stage(say(locale, rollupCliText.rollingUp({ files: files.length })), files.length);
    const r = await rollupUnits(
      files.map((f) => ({
        name: f.name,
        file: f.name,
        open: () => ledgerFromBytes(f.bytes, f.name, locale),
      })),
      { asOf, locale, onFile: (n) => progress.tick(n) },
    );
    checkRollup(r);
    this.rollup = r;
    this.post({
      id,
      type: 'rollup',
      view: {
        locale,
        asOf,
        files: files.length,
        sentence: r.sentence,
        table: rollupTable(r),
        notes: rollupNotes(r),
      },
    });
  }

  private async open(file: DroppedFile, choices: Choices, progress: Progress): Promise<void> {
    const locale = choices.lang ?? choices.ambient;
    progress.stage(say(locale, T.reading({ file: file.name })));
    const ext = extensionOf(file.name);
    if (ext === '.pdf') throw new CliError(say(locale, T.pdfNotice({ file: file.name })));
    if (IMPORT_ONLY.has(ext)) {
      await this.openLedger(await this.importDocument(file, ext, locale), choices, progress);
      return;
    }
    try {
      await this.openLedger(file, choices, progress);
    } catch (error) {
      // A .txt is a ledger saved as "Unicode text", or a notice as plain text: the ledger is tried first.
      if (ext !== '.txt' || !(error instanceof CliError)) throw error;
      let imported: DroppedFile;
      try {
        imported = await this.importDocument(file, ext, locale);
      } catch {
        throw error;
      }
      await this.openLedger(imported, choices, progress);
    }
  }

  /** A notice or plan read back into a ledger workbook, exactly as `rectify import --out F.xlsx` writes it. */
  private async importDocument(file: DroppedFile, ext: string, locale: Locale): Promise<DroppedFile> {
    const result = importOf(importSourceFromBytes(file.bytes, file.name, ext, locale), file.name, locale);
    const bytes = await importWorkbook(result, locale);
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const name = `${stem(file.name)}-${say(locale, pageFileNames.imported)}.xlsx`;
    this.pendingImport = {
      from: file.name,
      name,
      problems: result.problems.length,
      errors,
      warnings: result.findings.length - errors,
    };
    return { name, bytes };
  }

  private async openLedger(file: DroppedFile, choices: Choices, progress: Progress): Promise<void> {
    const locale = choices.lang ?? choices.ambient;
    const source = await ledgerFromBytes(file.bytes, file.name, locale);
    const previous = {
      file: this.file,
      source: this.source,
      ctx: this.ctx,
      settings: this.settings,
      imported: this.imported,
      rollupFiles: this.rollupFiles,
    };
    this.file = file;
    this.source = source;
    this.settings = null;
    this.rollupFiles = null;
    this.imported = this.pendingImport;
    this.pendingImport = null;
    try {
      this.recompute(choices, progress);
    } catch (error) {
      // A file that is not a ledger leaves the last good one on the page.
      Object.assign(this, previous);
      throw error;
    }
  }

  private recompute(choices: Choices, progress?: Progress): CommandContext {
    if (!this.source) throw new CliError(say(choices.lang ?? choices.ambient, T.openLedgerFirst));
    const ctx = contextFromSource(this.source, {
      asOf: choices.asOf ?? undefined,
      lang: choices.lang ?? undefined,
      ambientLocale: choices.ambient,
      today: choices.today,
      settings: this.settings ?? undefined,
      progress,
    });
    requireLedger(ctx);
    this.ctx = ctx;
    this.choices = choices;
    return ctx;
  }

  private view(): View {
    return ledgerView({
      ctx: this.ctx!,
      settingsGrid: this.source?.settings ?? [],
      settingsEdited: this.settings !== null,
      asOfUnpicked: this.choices?.asOf === null,
      imported: this.imported,
    });
  }

  private async download(what: Download, progress: Progress): Promise<FileOut> {
    if (isRollupDownload(what)) {
      if (!this.rollup || !this.rollupFiles) throw new CliError(say('zh', T.dropSeveralFirst));
      return rollupDownload(this.rollup, what, progress);
    }
    if (!this.ctx || !this.file || !this.choices) throw new CliError(say('zh', T.openLedgerFirst));
    return ledgerDownload(
      { ctx: this.ctx, file: this.file, imported: this.imported !== null },
      what,
      progress,
    );
  }
}

function errorText(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? '';
}

/** What the engine needs of a worker's global scope (the inline engine provides the same). */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply, transfer?: Transferable[]): void;
}

/** Runs the engine inside a Web Worker: one request at a time, in the order the page sent them. */
export function startWorker(scope: WorkerScope): void {
  const engine = new Engine((reply) =>
    scope.postMessage(reply, reply.type === 'file' ? [reply.file.bytes.buffer as ArrayBuffer] : []),
  );
  let queue = Promise.resolve();
  scope.onmessage = (event) => {
    queue = queue.then(() => engine.handle(event.data));
  };
  // The page waits for this before it sends work: a worker the browser would not start never says it.
  scope.postMessage({ id: 0, type: 'ready' });
}
