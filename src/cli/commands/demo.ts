// `rectify demo` (= `npm start`): the whole job offline on the bundled example, writing its results to out/.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { countBySeverity, exactCompletionRate, overdueHeader, percent } from '../../core';
import { say } from '../../core/messages/bilingual';
import { DEMO_TEXT as D } from '../../core/messages/cli-totals';
import { runLocale } from '../args';
import { type CommandContext, loadContext } from '../context';
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
    throw writeError(out, error, runLocale(args.lang));
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
  io.out(say(l, D.title({ asOf: ctx.asOf })));
  io.out('');
  io.out(totals.sentence);
  io.out('');
  io.out(
    table(
      [...headline.map(([label]) => label), say(l, D.completion)],
      [[...headline.map(([, value]) => value), percent(exactCompletionRate(totals))]],
    ),
  );
  io.out('');
  // Every open overdue problem, longest overdue first: the totals have the list already.
  const overdue = totals.overdueDays;
  io.out(say(l, D.overdueHeading({ count: overdue.length })));
  io.out(
    table(
      overdueHeader(l),
      overdue.map((o) => [o.id, o.department, o.due, o.daysOverdue]),
    ),
  );
  io.out('');
  const counts = countBySeverity(allFindings(ctx));
  const example = shown(EXAMPLE);
  io.out(say(l, D.checks({ errors: counts.error, warnings: counts.warning, example })));
  io.out('');
  io.out(say(l, D.written));
  for (const file of written) io.out(`  ${shown(file)}  (${size(file)})`);
  return 0;
}
