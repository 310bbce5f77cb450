// 帮助: a short dialog on how to use the menu, with the colour legend.
import { escapeHtml, type Locale, legend } from '../../core';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { commandCaptions, commandMessages } from '../../core/messages/commands';
import { helpMessages as M } from '../../core/messages/help';
import { calendarDateReader, readSettings, sessionLocale } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';

/** The help page; every piece of text goes through escapeHtml. Captions come from the menu's own table. */
export function helpHtml(locale: Locale, leadDays: number): string {
  const t = (text: Bilingual) => escapeHtml(say(locale, text));
  const steps: [string, string][] = [
    [t(commandCaptions.setupLedger), t(M.setupLedger)],
    [t(commandCaptions.validateLedger), t(M.validateLedger)],
    [t(commandCaptions.colourLedger), t(M.colourLedger)],
    [t(commandCaptions.updateTotals), t(M.updateTotals)],
    [t(commandCaptions.generateNotice), t(M.generateNotice)],
    [t(commandMessages.remindersMenu), t(M.reminders)],
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
<p>${t(M.intro)}</p><ul>${rows}</ul>
<p>${t(M.legend)}</p><ul class="legend">${swatches}</ul>
<p>${t(M.asOf)}</p>
<p>${t(M.notes)}</p>
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
    .setTitle(say(locale, M.title))
    .setWidth(520)
    .setHeight(560);
  s.spreadsheet.getUi().showModalDialog(output, say(locale, M.title));
}
