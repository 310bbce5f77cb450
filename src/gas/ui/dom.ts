// DOM helpers for the add-on's sidebar and the offline page: every text goes in through textContent, never
// innerHTML, so ledger text is never parsed as HTML.

const SVG = 'http://www.w3.org/2000/svg';

/** The element with this id; a page without it is a broken build, said plainly. */
export function $(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node;
}

/** A new element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  content?: string | number | null,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined && content !== null) node.textContent = String(content);
  return node;
}

/** Removes every child of the node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A new SVG element with its attributes and optional text. */
export function svgNode(
  tag: string,
  attrs: Record<string, string | number>,
  content?: string | number,
): SVGElement {
  const node = document.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (content !== undefined) node.textContent = String(content);
  return node;
}

/** Width of text in em: CJK and full-width characters are 1, others about 0.6. */
export function textEm(text: string): number {
  let em = 0;
  for (const c of text) em += /[\u2e80-\uffef]/.test(c) ? 1 : 0.6;
  return em;
}

/** The text cut to `maxEm` with an ellipsis, so a long category never runs under its bar (its title has it whole). */
export function fitText(text: string, maxEm: number): string {
  if (textEm(text) <= maxEm) return text;
  const chars = Array.from(text);
  while (chars.length && textEm(`${chars.join('')}…`) > maxEm) chars.pop();
  return `${chars.join('')}…`;
}
