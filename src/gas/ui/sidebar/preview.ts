// The notice preview tab: the notice's paragraphs as the server lays them out, built with textContent.
import type { NoticePreview } from '../../sidebar/server';
import { $, clear, el } from '../dom';
import { call } from './rpc';
import { say, sayFailure } from './status';
import { t } from './strings';

let loaded = false;

/** The ledger or settings changed: the preview is built again the next time its tab opens. */
export function invalidatePreview(): void {
  loaded = false;
}

export function isPreviewLoaded(): boolean {
  return loaded;
}

/** The notice's paragraphs, built with textContent: the ledger's text is never parsed as HTML. */
function renderPreview(preview: NoticePreview): void {
  const box = $('preview');
  clear(box);
  let previous: NoticePreview['paragraphs'][number] | null = null;
  for (const p of preview.paragraphs) {
    // The title is broken into lines for A4; in a 300 px sidebar it reads better wrapped as one.
    if (p.role === 'title' && previous && previous.role === 'title' && box.lastChild) {
      for (const run of p.runs) box.lastChild.appendChild(el('span', `f-${run.font}`, run.text));
      continue;
    }
    previous = p;
    const para = el('p', p.role);
    if (p.align === 'center' || p.align === 'right') para.style.textAlign = p.align;
    if (p.indent) para.style.textIndent = `${p.indent}em`;
    for (const run of p.runs) para.appendChild(el(run.bold ? 'strong' : 'span', `f-${run.font}`, run.text));
    box.appendChild(para);
  }
  const warnings = $('preview-warnings');
  clear(warnings);
  for (const w of preview.warnings) warnings.appendChild(el('li', '', w));
}

export function loadPreview(): Promise<void> {
  say($('preview-result'), t('loadingPreview'), 'busy');
  return call('getNoticePreview').then(
    (preview) => {
      loaded = true;
      renderPreview(preview);
      say($('preview-result'), t('previewNote'));
    },
    sayFailure($('preview-result')),
  );
}
