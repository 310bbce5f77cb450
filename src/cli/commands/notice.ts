// `rectify notice`: builds the progress notice from the ledger and writes it as .docx or .html.
import { extname } from 'node:path';
import { countBySeverity, type Locale, type NoticeResult, noticeItems } from '../../core';
import { say } from '../../core/messages/bilingual';
import { noticeCliText as T } from '../../core/messages/rollup-notice-cli';
import { type CommandContext, envLocale, loadContext } from '../context';
import { CliError } from '../errors';
import type { Io } from '../io';
import { allFindings, type NoticeFormat, noticeOf, renderNotice } from '../pipeline';
import { createProgress } from '../progress';
import { writeAtomically } from './colour';

export { type NoticeFormat, noticeOf, renderNotice } from '../pipeline';

/** The format an --out path asks for; anything else is a usage error naming the argument. */
export function noticeFormat(out: string | undefined, l: Locale = 'zh'): NoticeFormat {
  if (out === undefined || out === '') throw new CliError(say(l, T.missingOut));
  const ext = extname(out).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new CliError(say(l, T.outNotNotice({ out })));
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
    progress.stage(say(ctx.locale, T.writing({ out })));
    result = noticeOf(ctx);
    const rendered = await renderNotice(result, format);
    writeAtomically(out, typeof rendered === 'string' ? Buffer.from(rendered) : rendered, ctx.locale);
  } finally {
    progress.finish();
  }
  const l = ctx.locale;
  for (const w of result.warnings) io.err(say(l, T.warning({ message: w.message })));
  const { sections } = result.notice;
  io.out(
    say(
      l,
      T.wrote({ out, sections: sections.length, items: noticeItems(result.notice).length, asOf: ctx.asOf }),
    ),
  );
  const errors = countBySeverity(allFindings(ctx)).error;
  if (errors > 0) {
    io.err(say(l, T.ledgerErrors({ errors })));
    return 1;
  }
  return 0;
}
