// `rectify demo` (= `npm start`): the whole job offline on the bundled example, writing its results to out/.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { countBySeverity, exactCompletionRate, type Locale, overdueHeader, percent, tr } from '../../core';
import { type CommandContext, envLocale, loadContext } from '../context';
import { table } from '../format';
import type { Io } from '../io';
import { allFindings } from './check';
import { colouredWorkbook, writeAtomically, writeError } from './colour';
import { noticeOf, renderNotice } from './notice';
import { reminderJson, reminderPlanOf } from './remind';
import { headlineRows, totalsOf } from './totals';

export interface DemoArgs {
  out?: string;
  lang?: string;
}

/** The bundled example workbook (ledger, 设置 and 通报正文 sheets), found from dist/ or from src/ alike. */
export function exampleWorkbook(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'examples', 'ledger.xlsx');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return resolve(from, '..', 'examples', 'ledger.xlsx');
  }
}

export const EXAMPLE = exampleWorkbook();

/** One file the demo writes, and how to make it from the loaded example. */
export interface DemoOutput {
  file: string;
  make(ctx: CommandContext, args: DemoArgs): Promise<string | Uint8Array>;
}

/** What `npm start` writes, in order: a feature adds its file with one entry here. */
export const DEMO_OUTPUTS: DemoOutput[] = [
  { file: 'ledger-coloured.xlsx', make: async (ctx) => (await colouredWorkbook(ctx)).bytes },
  { file: 'notice.docx', make: (ctx) => renderNotice(noticeOf(ctx), 'docx') },
  { file: 'notice.html', make: (ctx) => renderNotice(noticeOf(ctx), 'html') },
  { file: 'totals.json', make: async (ctx) => `${JSON.stringify(totalsOf(ctx), null, 2)}\n` },
  { file: 'reminders.json', make: async (ctx, args) => `${reminderJson(reminderPlanOf(ctx, args.lang))}\n` },
];

/** A path as the user can type it from here: relative below the working directory, absolute elsewhere. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function size(file: string): string {
  const bytes = statSync(file).size;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}

export async function demoCommand(args: DemoArgs, io: Io): Promise<number> {
  const out = resolve(args.out ?? 'out');
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw writeError(out, error, (args.lang as Locale | undefined) ?? envLocale() ?? 'zh');
  }
  // The example's own 设置 sheet fixes the as-of date, so the demo prints the same figures every day.
  const ctx = await loadContext({ ledger: EXAMPLE, lang: args.lang });
  const l = ctx.locale;
  const totals = totalsOf(ctx);
  const written: string[] = [];
  for (const output of DEMO_OUTPUTS) {
    const file = join(out, output.file);
    writeAtomically(file, Buffer.from(await output.make(ctx, args)), l);
    written.push(file);
  }

  const headline = headlineRows(totals, l);
  io.out(
    tr(l, `整改台账助手 — 示例台账（统计截止 ${ctx.asOf}）`, `Rectify — example ledger (as of ${ctx.asOf})`),
  );
  io.out('');
  io.out(totals.sentence);
  io.out('');
  io.out(
    table(
      [...headline.map(([label]) => label), tr(l, '完成率', 'Completion')],
      [[...headline.map(([, value]) => value), percent(exactCompletionRate(totals))]],
    ),
  );
  io.out('');
  // Every open overdue problem, longest overdue first: the totals have the list already.
  const overdue = totals.overdueDays;
  io.out(tr(l, `逾期未完成（${overdue.length}）：`, `Overdue (${overdue.length}):`));
  io.out(
    table(
      overdueHeader(l),
      overdue.map((o) => [o.id, o.department, o.due, o.daysOverdue]),
    ),
  );
  io.out('');
  const counts = countBySeverity(allFindings(ctx));
  const example = shown(EXAMPLE);
  io.out(
    tr(
      l,
      // `rectify` is not on PATH after `npm ci`: name the command a user can paste.
      `校验：${counts.error} 个错误，${counts.warning} 个提醒（详见 npx rectify check ${example}，或着色副本中的批注）`,
      `Checks: ${counts.error} errors, ${counts.warning} warnings (see npx rectify check ${example}, or the notes in the coloured copy)`,
    ),
  );
  io.out('');
  io.out(tr(l, '已写出：', 'Written:'));
  for (const file of written) io.out(`  ${shown(file)}  (${size(file)})`);
  return 0;
}
