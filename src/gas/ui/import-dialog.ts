// The 从通报导入 dialog's script (bundled into build/ImportDialog.html): parses in the browser, the server appends.
import type { Locale } from '../../core/locale';
import { importPayload, importReportHtml } from '../import/payload';

interface Runner {
  withSuccessHandler(fn: (value: never) => void): Runner;
  withFailureHandler(fn: (error: { message?: string }) => void): Runner;
  readImportDoc(url: string): void;
  appendImported(payload: unknown): void;
}
declare const google: { script: { run: Runner } };

const locale: Locale = /^en\b/i.test(navigator.language) ? 'en' : 'zh';
const $ = (id: string) => document.getElementById(id) as HTMLElement;
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-en]')))
  if (locale === 'en') el.textContent = el.dataset.en ?? '';

function fail(error: { message?: string }): void {
  ($('go') as HTMLButtonElement).disabled = false;
  $('out').textContent = String(error?.message ?? error);
}

function importText(text: string, fromDoc: boolean): void {
  const { payload, result } = importPayload(text, fromDoc, locale);
  google.script.run
    .withSuccessHandler(((written: string) => {
      ($('go') as HTMLButtonElement).disabled = false;
      $('out').innerHTML = importReportHtml(result, written, locale);
    }) as (value: never) => void)
    .withFailureHandler(fail)
    .appendImported(payload);
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
  google.script.run
    .withSuccessHandler(((docText: string) => importText(docText, true)) as (value: never) => void)
    .withFailureHandler(fail)
    .readImportDoc(url);
});
