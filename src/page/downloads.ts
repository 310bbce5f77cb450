// The files the offline page hands back: the coloured ledger, the notice, totals, reminders and the roll-up's files.
import { CliError } from '../cli/errors';
import { fileNameOf } from '../cli/ledger-bytes';
import {
  type CommandContext,
  colouredWorkbook,
  colourSummaryText,
  noticeOf,
  reminderJson,
  reminderPlanOf,
  renderNotice,
  totalsOf,
} from '../cli/pipeline';
import type { Progress } from '../cli/progress-port';
import { overviewWorkbook } from '../cli/rollup-workbook';
import { buildRollupNotice, type NoticeResult, type Rollup } from '../core';
import { say } from '../core/messages/bilingual';
import { pageFileNames as N, pageWorkerText as T } from '../core/messages/page-worker';
import { noticeCliText } from '../core/messages/rollup-notice-cli';
import type { Download, DroppedFile, FileOut } from './protocol';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const HTML = 'text/html;charset=utf-8';

/** The base of a file name, for the names of what the page downloads (台账.xlsx → 台账-着色.xlsx). */
export function stem(name: string): string {
  const base = fileNameOf(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** A notice as a file, with its warnings as the lines the page lists under the link. */
async function noticeFile(result: NoticeResult, format: 'docx' | 'html', name: string): Promise<FileOut> {
  const l = result.notice.locale ?? 'zh';
  const rendered = await renderNotice(result, format);
  return {
    name,
    type: format === 'docx' ? DOCX : HTML,
    bytes: typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered,
    lines: result.warnings.map((w) => say(l, noticeCliText.warning({ message: w.message }))),
  };
}

function jsonFile(name: string, text: string): FileOut {
  return { name, type: 'application/json', bytes: new TextEncoder().encode(`${text}\n`), lines: [] };
}

/** The roll-up's three files; every other download is one of the ledger's. */
export type RollupDownload = Extract<Download, `rollup-${string}`>;

export function isRollupDownload(what: Download): what is RollupDownload {
  return what.startsWith('rollup-');
}

/** The roll-up's overview workbook or its notice, as `rectify rollup --out/--notice` writes them. */
export async function rollupDownload(r: Rollup, what: RollupDownload, progress: Progress): Promise<FileOut> {
  const l = r.locale;
  if (what === 'rollup-xlsx') {
    progress.stage(say(l, T.writingOverview));
    return {
      name: `${say(l, N.rollup)}-${r.asOf}.xlsx`,
      type: XLSX,
      bytes: await overviewWorkbook(r),
      lines: [],
    };
  }
  progress.stage(say(l, T.writingRollupNotice));
  const format = what === 'rollup-docx' ? 'docx' : 'html';
  return noticeFile(
    buildRollupNotice({ rollup: r }),
    format,
    `${say(l, N.rollupNotice)}-${r.asOf}.${format}`,
  );
}

/** What the page knows of the ledger on it: the loaded context, the dropped file, and whether it was imported. */
export interface LoadedLedger {
  ctx: CommandContext;
  file: DroppedFile;
  imported: boolean;
}

/** One of the ledger's files, named after the dropped file, exactly as the CLI writes it. */
export async function ledgerDownload(
  ledger: LoadedLedger,
  what: Exclude<Download, RollupDownload>,
  progress: Progress,
): Promise<FileOut> {
  const { ctx, file } = ledger;
  const l = ctx.locale;
  const base = stem(file.name);
  switch (what) {
    case 'colour': {
      const name = `${base}-${say(l, N.coloured)}.xlsx`;
      const { bytes, summary } = await colouredWorkbook(ctx, progress);
      return { name, type: XLSX, bytes, lines: colourSummaryText(name, summary, ctx.settings.leadDays, l) };
    }
    case 'docx':
    case 'html':
      progress.stage(say(l, T.writingNotice));
      return noticeFile(noticeOf(ctx), what, `${base}-${say(l, N.notice)}.${what}`);
    case 'imported':
      if (!ledger.imported) throw new CliError(say(l, T.notImported));
      return { name: file.name, type: XLSX, bytes: file.bytes.slice(), lines: [] };
    case 'totals':
      return jsonFile(`${base}-${say(l, N.totals)}.json`, JSON.stringify(totalsOf(ctx), null, 2));
    case 'reminders':
      return jsonFile(`${base}-${say(l, N.reminders)}.json`, reminderJson(reminderPlanOf(ctx)));
  }
}
