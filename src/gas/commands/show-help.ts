// 帮助: a short dialog on how to use the menu, with the colour legend.
import { escapeHtml, type Locale, legend, tr } from '../../core';
import { calendarDateReader, readSettings, sessionLocale } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';

/** The help page; every piece of text goes through escapeHtml. */
export function helpHtml(locale: Locale, leadDays: number): string {
  const t = (zh: string, en: string) => escapeHtml(tr(locale, zh, en));
  const steps: [string, string][] = [
    [
      t('初始化台账', 'Set up ledger'),
      t(
        '新建或补齐“台账”“设置”“通报正文”三张表，只补缺少的列，不改动已有内容。',
        'Creates or completes the Ledger, Settings and Narrative sheets; only missing columns are added.',
      ),
    ],
    [
      t('校验台账', 'Validate ledger'),
      t(
        '检查每一行（时限、状态、日期、邮箱等），把问题写成单元格批注并列出前几条。',
        'Checks every row (deadline, status, dates, e-mails) and puts each finding as a note on its cell.',
      ),
    ],
    [
      t('标记逾期', 'Colour by deadline'),
      t(
        '按统计日期给每行上底色（图例见下）；您自己设置的其他颜色不会被改动。',
        'Colours each row by urgency at the as-of date (legend below); fills of other colours you set are kept.',
      ),
    ],
    [
      t('汇总统计', 'Update totals'),
      t(
        '重写“汇总”表：总体情况一句话、按状态/类别/科室统计、完成率、追赃挽损和图表。',
        'Rewrites the Totals sheet: the summary sentence, counts by status, category and department, and a chart.',
      ),
    ],
    [
      t('生成通报', 'Generate notice'),
      t(
        '按公文格式生成整改进展情况通报（Google 文档）。',
        'Writes the progress notice as a Google Doc in the official layout.',
      ),
    ],
    [
      t('提醒', 'Reminders'),
      t(
        '预览或开启每日邮件提醒，提醒责任科室即将到期和已逾期的事项。',
        'Preview or turn on daily e-mails to offices about items due soon or overdue.',
      ),
    ],
  ];
  const rows = steps.map(([name, text]) => `<li><b>${name}</b>：${text}</li>`).join('');
  const swatches = legend(locale, leadDays)
    .map(
      (l) =>
        `<li><span class="sw" style="background:${escapeHtml(l.colour)}"></span>${escapeHtml(l.label)}</li>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><base target="_top"><style>
body{font-family:Arial,"Microsoft YaHei",sans-serif;font-size:13px;line-height:1.6;margin:4px 8px}
ul{padding-left:18px}.legend{list-style:none;padding:0}.sw{display:inline-block;width:28px;height:14px;border:1px solid #999;margin-right:8px;vertical-align:middle}
</style></head><body>
<p>${t('菜单“整改台账”中的各项功能：', 'What the Rectify menu does:')}</p><ul>${rows}</ul>
<p>${t('行底色图例：', 'Row colours:')}</p><ul class="legend">${swatches}</ul>
<p>${t('统计日期默认为表格所在时区的今天；在“设置”表填写“统计截止日期”可固定日期。“提醒提前天数”决定多少天内算即将到期。', 'The as-of date is today in the spreadsheet time zone; set "As-of date" in Settings to pin it. "Lead days" sets how soon counts as due soon.')}</p>
<p>${t('本工具写入的批注以“【整改台账助手】”开头，再次运行时只替换这些批注；它从不修改您填写的内容。', 'Notes written by Rectify start with 【整改台账助手】 and are the only ones it replaces; it never changes what you typed.')}</p>
</body></html>`;
}

/** Menu 帮助. Reads only the settings (for the language and lead days), so it works on a new spreadsheet. */
export function showHelp(services?: Services): void {
  const s = resolveServices(services);
  let locale = sessionLocale(s);
  let leadDays = 7;
  try {
    const ss = s.spreadsheet.getActiveSpreadsheet();
    const read = readSettings(s, ss, calendarDateReader(s, ss.getSpreadsheetTimeZone()));
    locale = read.locale;
    leadDays = read.settings.leadDays;
  } catch {
    // Help must open even when the spreadsheet cannot be read (no authorisation yet).
  }
  const output = s.html
    .createHtmlOutput(helpHtml(locale, leadDays))
    .setTitle(tr(locale, '整改台账助手 · 帮助', 'Rectify · Help'))
    .setWidth(520)
    .setHeight(560);
  s.spreadsheet.getUi().showModalDialog(output, tr(locale, '整改台账助手 · 帮助', 'Rectify · Help'));
}
