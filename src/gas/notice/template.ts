// Template mode: fills {{…}} placeholders in a copy of the office's own Google Doc, keeping its styles.
import {
  type LayoutParagraph,
  type Locale,
  layoutNotice,
  type NoticeDocument,
  type NoticeWarning,
  SETTING_DEFS,
  type Settings,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { noticeDocProblems } from '../../core/messages/notice-doc';
import { writeParagraphs } from './doc';

type Body = GoogleAppsScript.Document.Body;
type DocumentApp = GoogleAppsScript.Document.DocumentApp;

/** Escapes a literal for the RE2 pattern replaceText and findText take. */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** The paragraphs a block placeholder stands for: 三's categories and items, or 四's long-term items. */
function blockParagraphs(notice: NoticeDocument, kind: 'progress' | 'longTerm'): LayoutParagraph[] {
  const section = notice.sections.find((s) => s.kind === kind);
  if (!section) return [];
  const only: NoticeDocument = {
    ...notice,
    preamble: null,
    supervision: null,
    issuer: null,
    sections: [{ ...section, paragraphs: [], summary: null }],
  };
  // Title, heading and the date line are the layout's frame; the block is what lies between.
  return layoutNotice(only).filter(
    (p) => p.role === 'category' || p.role === 'problem' || p.role === 'field',
  );
}

/** Inline values: the notice's own parts, then every setting by its Chinese name, English name or key. */
export function inlineValues(
  notice: NoticeDocument,
  settings: Settings,
  locale: Locale,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const def of SETTING_DEFS) {
    const text = def.codec.prose(settings[def.key], locale);
    for (const name of [def.label.zh, def.label.en, def.key]) values.set(name, text);
  }
  const progress = notice.sections.find((s) => s.kind === 'progress');
  values.set('汇总', progress?.summary ?? '');
  values.set('发文日期', notice.dateText);
  values.set('发文单位', notice.issuer ?? '');
  values.set('标题', notice.title);
  values.set('通报标题', notice.title);
  values.set('前言', notice.preamble ?? '');
  return values;
}

/**
 * Replaces every occurrence of a literal placeholder. replaceText reads its replacement like Java's
 * Matcher ($1 is a group, \ escapes), so text holding $ or \ goes through findText + deleteText/insertText,
 * which take it literally; plain text uses one replaceText call.
 */
export function replaceLiteral(body: Body, placeholder: string, value: string): void {
  const pattern = escapeRegex(placeholder);
  if (!/[$\\]/.test(value)) {
    body.replaceText(pattern, value);
    return;
  }
  for (let found = body.findText(pattern); found; found = body.findText(pattern)) {
    const text = found.getElement().asText();
    const start = found.getStartOffset();
    text.deleteText(start, found.getEndOffsetInclusive());
    if (value !== '') text.insertText(start, value);
  }
}

/** The body or the table cell holding a paragraph: both list their children and insert paragraphs. */
interface Container {
  getChildIndex(child: GoogleAppsScript.Document.Element): number;
  getNumChildren(): number;
  insertParagraph(childIndex: number, text: string): GoogleAppsScript.Document.Paragraph;
  appendParagraph(text: string): GoogleAppsScript.Document.Paragraph;
}

/**
 * Inserts a block where its placeholder stands: the new paragraphs take the placeholder paragraph's own
 * attributes (the template's font, size, spacing) plus bold labels; the placeholder paragraph goes away
 * when it held nothing else. A placeholder in a table cell is filled inside that cell: Body.getChildIndex
 * knows only the body's own children and throws "Element does not contain the specified child element" for
 * a cell's paragraph (https://developers.google.com/apps-script/reference/document/body#getChildIndex(Element)),
 * so the index is asked of the paragraph's own parent.
 */
function insertBlock(
  body: Body,
  placeholder: string,
  paragraphs: LayoutParagraph[],
  notice: NoticeDocument,
  app: Pick<DocumentApp, 'Attribute' | 'HorizontalAlignment'>,
): boolean {
  const found = body.findText(escapeRegex(placeholder));
  if (!found) return false;
  const paragraph = found.getElement().getParent() as GoogleAppsScript.Document.Paragraph;
  const container = paragraph.getParent() as unknown as Container;
  const index = container.getChildIndex(paragraph);
  const own = paragraph.getAttributes() as Record<string, unknown>;
  // getAttributes gives null for attributes the paragraph does not set; setAttributes must not see them.
  const kept = Object.fromEntries(Object.entries(own).filter(([, v]) => v !== null && v !== undefined));
  writeParagraphs(container as unknown as Body, paragraphs, notice.fonts, app, {
    at: index + 1,
    attributes: () => kept,
  });
  // Docs refuses to remove a body's last paragraph ("Can't remove the last paragraph in a document
  // section"): a placeholder ending the template (or a cell) with an empty block is cleared instead.
  const last = container.getChildIndex(paragraph) === container.getNumChildren() - 1;
  if (paragraph.getText().trim() === placeholder && !last) paragraph.removeFromParent();
  else replaceLiteral(body, placeholder, '');
  return true;
}

/** Fills the copied template; returns warnings for placeholders it does not know. */
export function fillTemplate(
  body: Body,
  notice: NoticeDocument,
  settings: Settings,
  locale: Locale,
  app: Pick<DocumentApp, 'Attribute' | 'HorizontalAlignment'>,
): NoticeWarning[] {
  const warnings: NoticeWarning[] = [];
  const present = new Map<string, string>();
  for (const m of body.getText().matchAll(PLACEHOLDER)) present.set(m[0], m[1] ?? '');
  const blocks: Record<string, 'progress' | 'longTerm'> = { 问题清单: 'progress', 长期任务: 'longTerm' };
  const values = inlineValues(notice, settings, locale);
  for (const [placeholder, name] of present) {
    const block = blocks[name];
    if (block !== undefined) {
      insertBlock(body, placeholder, blockParagraphs(notice, block), notice, app);
    } else if (values.has(name)) {
      replaceLiteral(body, placeholder, values.get(name) ?? '');
    } else {
      warnings.push({
        code: 'template.unknownPlaceholder',
        message: say(locale, noticeDocProblems.unknownPlaceholder({ placeholder })),
      });
    }
  }
  return warnings;
}
