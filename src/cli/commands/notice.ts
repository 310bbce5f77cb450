// `rectify notice`: builds the progress notice from the ledger and writes it as .docx or .html.
import { extname } from 'node:path';
import { countBySeverity, type Locale, type NoticeResult, noticeItems, tr } from '../../core';
import { type CommandContext, envLocale, loadContext } from '../context';
import { CliError } from '../errors';
import type { Io } from '../io';
import { allFindings, type NoticeFormat, noticeOf, renderNotice } from '../pipeline';
import { createProgress } from '../progress';
import { writeAtomically } from './colour';

export { type NoticeFormat, noticeOf, renderNotice } from '../pipeline';

/** The format an --out path asks for; anything else is a usage error naming the argument. */
export function noticeFormat(out: string | undefined, l: Locale = 'zh'): NoticeFormat {
  if (out === undefined || out === '')
    throw new CliError(
      tr(
        l,
        'rectify notice：缺少 --out（输出的 .docx 或 .html 文件，如 --out 通报.docx）',
        'rectify notice: missing --out (the .docx or .html to write, e.g. --out notice.docx)',
      ),
    );
  const ext = extname(out).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new CliError(
    tr(l, `--out：“${out}”应以 .docx 或 .html 结尾`, `--out: "${out}" must end in .docx or .html`),
  );
}

export async function noticeCommand(
  args: { ledger: string; out?: string; asOf?: string; settings?: string; narrative?: string; lang?: string },
  io: Io,
): Promise<number> {
  const format = noticeFormat(args.out, (args.lang as Locale | undefined) ?? envLocale() ?? 'zh');
  const out = args.out as string;
  // Reading a large workbook and laying out its .docx take seconds: show it on a terminal.
  const progress = createProgress(io);
  let result: NoticeResult;
  let ctx: CommandContext;
  try {
    ctx = await loadContext({ ...args, progress });
    progress.stage(tr(ctx.locale, `生成通报 ${out}`, `Writing the notice ${out}`));
    result = noticeOf(ctx);
    const rendered = await renderNotice(result, format);
    writeAtomically(out, typeof rendered === 'string' ? Buffer.from(rendered) : rendered, ctx.locale);
  } finally {
    progress.finish();
  }
  const l = ctx.locale;
  for (const w of result.warnings) io.err(tr(l, `提醒：${w.message}`, `Warning: ${w.message}`));
  const { sections } = result.notice;
  io.out(
    tr(
      l,
      `已写出 ${out}：${sections.length} 个部分，${noticeItems(result.notice).length} 个问题条目（统计截止 ${ctx.asOf}）`,
      `Wrote ${out}: ${sections.length} sections, ${noticeItems(result.notice).length} problem blocks (as of ${ctx.asOf})`,
    ),
  );
  const errors = countBySeverity(allFindings(ctx)).error;
  if (errors > 0) {
    io.err(
      tr(
        l,
        `注意：台账有 ${errors} 个错误，通报中的数字可能不准，运行 rectify check 查看。`,
        `Note: the ledger has ${errors} errors, so the notice may be wrong; run rectify check.`,
      ),
    );
    return 1;
  }
  return 0;
}
