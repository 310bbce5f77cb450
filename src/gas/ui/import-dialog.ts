// The 从通报导入 dialog's script (bundled into build/ImportDialog.html): parses in the browser, the server appends.
import type { Locale } from '../../core/locale';
import { say } from '../../core/messages/bilingual';
import { type ImportDialogMessageId, importDialogMessages } from '../../core/messages/import-dialog';
import { isOwnKey } from '../../core/messages/placeholders';
import type { ImportServer } from '../import/contract';
import { importPayload, importReportHtml } from '../import/payload';
import { $ } from './dom';
import { serverCall } from './script-run';

const call = serverCall<ImportServer>();
const locale: Locale = /^en\b/i.test(navigator.language) ? 'en' : 'zh';
const t = (key: ImportDialogMessageId) => say(locale, importDialogMessages[key]);
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-t]'))) {
  const key = el.dataset.t ?? '';
  // The template's keys are checked by a test; an unknown one keeps its Chinese text.
  if (isOwnKey(importDialogMessages, key)) el.textContent = t(key);
}

function fail(error: unknown): void {
  ($('go') as HTMLButtonElement).disabled = false;
  $('out').textContent = String((error as { message?: string } | null)?.message ?? error);
}

function importText(text: string, fromDoc: boolean): void {
  const { payload, result } = importPayload(text, fromDoc);
  call('appendImported', payload).then((written) => {
    ($('go') as HTMLButtonElement).disabled = false;
    $('out').innerHTML = importReportHtml(result, written, locale);
  }, fail);
}

$('go').addEventListener('click', () => {
  const url = ($('url') as HTMLInputElement).value.trim();
  const text = ($('text') as HTMLTextAreaElement).value;
  ($('go') as HTMLButtonElement).disabled = true;
  $('out').textContent = t('importing');
  if (url === '') {
    importText(text, false);
    return;
  }
  call('readImportDoc', url).then((docText) => importText(docText, true), fail);
});
