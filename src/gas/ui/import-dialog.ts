// The 从通报导入 dialog's script (bundled into build/ImportDialog.html): parses in the browser, the server appends.
import type { Locale } from '../../core/locale';
import type { ImportServer } from '../import/contract';
import { importPayload, importReportHtml } from '../import/payload';
import { $ } from './dom';
import { serverCall } from './script-run';

const call = serverCall<ImportServer>();
const locale: Locale = /^en\b/i.test(navigator.language) ? 'en' : 'zh';
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-en]')))
  if (locale === 'en') el.textContent = el.dataset.en ?? '';

function fail(error: unknown): void {
  ($('go') as HTMLButtonElement).disabled = false;
  $('out').textContent = String((error as { message?: string } | null)?.message ?? error);
}

function importText(text: string, fromDoc: boolean): void {
  const { payload, result } = importPayload(text, fromDoc, locale);
  call('appendImported', payload).then((written) => {
    ($('go') as HTMLButtonElement).disabled = false;
    $('out').innerHTML = importReportHtml(result, written, locale);
  }, fail);
}

$('go').addEventListener('click', () => {
  const url = ($('url') as HTMLInputElement).value.trim();
  const text = ($('text') as HTMLTextAreaElement).value;
  ($('go') as HTMLButtonElement).disabled = true;
  $('out').textContent = locale === 'en' ? 'Importing…' : '正在导入…';
  if (url === '') {
    importText(text, false);
    return;
  }
  call('readImportDoc', url).then((docText) => importText(docText, true), fail);
});
