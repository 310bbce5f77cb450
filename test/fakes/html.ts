// HtmlService: outputs, files from a name → content map, and templates with <?= ?> (escaped), <?!= ?> and <? ?>.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

/** The project's HTML files and the scope templates see (a vm context's globals, for include()). */
export class HtmlState {
  readonly files = new Map<string, string>();
  /** Extra globals visible inside templates; createVmContext sets it to the bundle's context. */
  scope: object = {};
  constructor(files: Record<string, string> = {}) {
    for (const [name, content] of Object.entries(files)) this.addFile(name, content);
  }
  addFile(name: string, content: string): void {
    this.files.set(name.replace(/\.html$/, ''), content);
  }
  /** Apps Script finds 'Sidebar' for 'Sidebar' and 'Sidebar.html'. */
  read(name: string): string {
    const content = this.files.get(String(name).replace(/\.html$/, ''));
    if (content === undefined) throw new GasException(`No HTML file named ${name} was found.`);
    return content;
  }
}

export function escapeHtml(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function raw(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

/** Compiles a template to the body of a function of (__scope, __data, __esc, __raw) returning the HTML. */
export function compileTemplate(source: string): string {
  let code = 'var __o = [];\n';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) code += `__o.push(${JSON.stringify(source.slice(last, m.index))});\n`;
    const expr = m[2].trim().replace(/;$/, '');
    if (m[1] === '=') code += `__o.push(__esc(${expr}));\n`;
    else if (m[1] === '!=') code += `__o.push(__raw(${expr}));\n`;
    else code += `${m[2]}\n`;
    last = m.index + m[0].length;
  }
  if (last < source.length) code += `__o.push(${JSON.stringify(source.slice(last))});\n`;
  return `with (__scope) { with (__data) {\n${code}return __o.join('');\n} }`;
}

export class FakeHtmlOutput extends Fake {
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode: string = SandboxMode.IFRAME;
  _xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  _faviconUrl: string | null = null;
  readonly _metaTags: { name: string; content: string }[] = [];
  constructor(
    core: Core,
    public _content: string,
  ) {
    super(core);
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): this {
    this._content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this._content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this._content = '';
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }
  getWidth(): number | null {
    return this._width;
  }
  setWidth(width: number): this {
    this._width = width;
    return this;
  }
  getHeight(): number | null {
    return this._height;
  }
  setHeight(height: number): this {
    this._height = height;
    return this;
  }
  setSandboxMode(mode: string): this {
    this._sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this._xFrameOptionsMode = String(mode);
    return this;
  }
  setFaviconUrl(iconUrl: string): this {
    this._faviconUrl = String(iconUrl);
    return this;
  }
  getFaviconUrl(): string | null {
    return this._faviconUrl;
  }
  addMetaTag(name: string, content: string): this {
    this._metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this._metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
}

/** Variables are set as properties on the template object, as in Apps Script, then evaluate() renders. */
export class FakeHtmlTemplate extends Fake {
  [key: string]: unknown;
  constructor(
    core: Core,
    readonly _state: HtmlState,
    readonly _source: string,
  ) {
    super(core);
  }
  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  evaluate(): FakeHtmlOutput {
    let render: (scope: object, data: object, esc: typeof escapeHtml, rawFn: typeof raw) => string;
    try {
      render = new Function(
        '__scope',
        '__data',
        '__esc',
        '__raw',
        compileTemplate(this._source),
      ) as typeof render;
    } catch (e) {
      throw new GasException(`Template syntax error: ${(e as Error).message}`);
    }
    return new FakeHtmlOutput(this._core, render(this._state.scope, this, escapeHtml, raw));
  }
}

export class FakeHtmlService extends Fake {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    core: Core,
    readonly _state: HtmlState,
  ) {
    super(core);
  }
  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    return new FakeHtmlOutput(this._core, html === undefined || html === null ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this._core, this._state.read(filename));
  }
  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._core, this._state, String(html));
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._core, this._state, this._state.read(filename));
  }
}

countCalls(FakeHtmlOutput, 'HtmlOutput');
countCalls(FakeHtmlTemplate, 'HtmlTemplate');
countCalls(FakeHtmlService, 'HtmlService');
