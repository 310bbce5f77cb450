// HTML escaping shared by every page, dialog, e-mail and file Rectify writes: ledger text never becomes markup.

/** Escapes text for element content and single- or double-quoted attribute values (numeric entities). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
