// The layers hold: core imports no adapter or Node module, every src folder has one tsconfig project, the add-on's
// pages touch no Apps Script service and call the server only through typed contracts, one lock wrapper.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { figures, where } from './metrics';

/**
 * Places that call withDocumentLock: one, the runner in src/gas/platform/run-locked.ts, with each kind of run
 * (menu, sidebar, edit trigger, daily trigger) passing its own wait.
 */
const LOCK_WRAPPER_CALLERS = 1;

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');
const EXECUTOR = 'src/gas/platform/sheet-executor.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

const posix = (path: string) => relative(ROOT, path).split(sep).join('/');

/** Every module a file names: static imports and re-exports (types too), dynamic import() and require(). */
function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(/\b(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

describe('src/core', () => {
  const core = files(join(SRC, 'core')).filter((f) => f.endsWith('.ts'));

  it('reads its own imports (sanity: the scan sees type imports, re-exports and zod)', () => {
    const all = core.flatMap((f) => specifiers(readFileSync(f, 'utf8')));
    expect(all).toEqual(expect.arrayContaining(['zod/mini', './locale']));
    expect(
      specifiers(
        "import type { X } from '../gas/a';\nexport * from \"node:fs\";\nconst y = require('../cli/b');",
      ),
    ).toEqual(['../gas/a', 'node:fs', '../cli/b']);
  });

  it('imports nothing from src/gas, src/cli, src/page, src/ooxml or Node', () => {
    const crossings: string[] = [];
    for (const file of core) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const target = spec.startsWith('.') ? posix(resolve(dirname(file), spec)) : spec;
        if (
          /^src\/(gas|cli|page|ooxml)(\/|$)|^node:|^(fs|path|os|child_process|crypto|url|util|stream)$/.test(
            target,
          )
        )
          crossings.push(`${posix(file)} imports ${spec}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});

describe('tsconfig projects', () => {
  const read = (name: string) =>
    JSON.parse(
      readFileSync(join(ROOT, name), 'utf8')
        .replace(/^\s*\/\/.*$/gm, '')
        .replace(/,(\s*[}\]])/g, '$1'),
    ) as { include?: string[]; exclude?: string[]; compilerOptions?: { types?: string[]; lib?: string[] } };
  const LAYERS = ['core', 'ooxml', 'gas', 'cli', 'page', 'ui'].map((layer) => ({
    layer,
    config: read(`tsconfig.${layer}.json`),
  }));

  it('give core no platform at all: no types, no DOM', () => {
    const core = LAYERS.find((l) => l.layer === 'core')?.config;
    expect(core?.compilerOptions?.types).toEqual([]);
    expect(core?.compilerOptions?.lib?.some((lib) => /dom|webworker/i.test(lib))).toBe(false);
  });

  it('cover every folder of src with one layer project', () => {
    const folders = new Set(files(SRC).map((f) => dirname(posix(f))));
    const owners = (folder: string) =>
      LAYERS.filter(
        ({ config }) =>
          (config.include ?? []).some((p) => folder === p || folder.startsWith(`${p}/`)) &&
          !(config.exclude ?? []).some((p) => folder === p || folder.startsWith(`${p}/`)),
      ).map((l) => l.layer);
    const wrong = [...folders].sort().flatMap((folder) => {
      const found = owners(folder);
      return found.length === 1 ? [] : [`${folder}: ${found.join(', ') || 'no project'}`];
    });
    expect(wrong).toEqual([]);
  });
});

/** Apps Script services by their globals: none exists in the browser, where the add-on's pages run. */
const SERVICE =
  /\b(SpreadsheetApp|DocumentApp|DriveApp|MailApp|GmailApp|HtmlService|ScriptApp|LockService|PropertiesService|Session|Utilities|CacheService|UrlFetchApp|Logger|Charts)\s*\./;

describe("the add-on's pages (src/gas/ui)", () => {
  it('use no Apps Script service: their project has the types only to check the server contracts', () => {
    expect(SERVICE.test('const s = SpreadsheetApp.getActive();')).toBe(true);
    const uses = files(join(SRC, 'gas', 'ui'))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) =>
        SERVICE.test(
          readFileSync(f, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
        ),
      )
      .map(posix);
    expect(uses).toEqual([]);
  });

  it('call no server function by an untyped name', () => {
    const examples = mkdtempSync(join(tmpdir(), 'rectify-pages-'));
    try {
      mkdirSync(join(examples, 'src', 'gas', 'ui'), { recursive: true });
      writeFileSync(
        join(examples, 'src', 'gas', 'ui', 'page.html'),
        "<script>\nconst call = (name, ...args) => new Promise((ok) => { const r = google.script.run.withSuccessHandler(ok); r[name](...args); });\ncall('getDashboard');\ngoogle.script.run.withFailureHandler(fail).saveSettings(form);\n</script>\n",
      );
      expect(figures(examples).server.functions).toEqual(['getDashboard', 'saveSettings']);
    } finally {
      rmSync(examples, { recursive: true, force: true });
    }
    const { server } = figures();
    expect(where(server.calls)).toEqual([]);
  });
});

describe('locks', () => {
  const examples = mkdtempSync(join(tmpdir(), 'rectify-locks-'));
  afterAll(() => rmSync(examples, { recursive: true, force: true }));

  it('counts callers of the wrapper and direct LockService calls, not the wrapper’s own lock (the rule itself)', () => {
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(examples, path)), { recursive: true });
      writeFileSync(join(examples, path), text);
    };
    write(
      EXECUTOR,
      'export function withDocumentLock(s, wait, work) {\n  const lock = s.lock.getDocumentLock();\n  return work();\n}\n',
    );
    write(
      'src/gas/commands/a.ts',
      "// withDocumentLock(s) in a comment is no call\nwithDocumentLock(s, 1, () => 'x');\n",
    );
    write('src/gas/history/b.ts', 'const lock = s.lock.getDocumentLock();\n');
    write('src/gas/rollup/run.ts', 'const lock = services.lock.getScriptLock();\n');
    const { locks } = figures(examples);
    expect(locks.sites.map((s) => `${s.file}:${s.line} ${s.call} ${s.build}`)).toEqual([
      'src/gas/commands/a.ts:2 withDocumentLock add-on',
      'src/gas/history/b.ts:1 getDocumentLock add-on',
      'src/gas/rollup/run.ts:1 getScriptLock roll-up',
    ]);
  });

  const { locks } = figures();

  it(`only ${EXECUTOR} takes a lock from LockService in the add-on`, () => {
    const direct = locks.sites.filter(
      (s) => s.build === 'add-on' && s.call !== 'withDocumentLock' && s.file !== EXECUTOR,
    );
    expect(where(direct)).toEqual([]);
  });

  it('withDocumentLock has one caller, the lock runner', () => {
    const callers = locks.sites.filter((s) => s.call === 'withDocumentLock');
    if (callers.length !== LOCK_WRAPPER_CALLERS)
      throw new Error(
        `${callers.length} callers of withDocumentLock: run the work through runLocked in ` +
          `src/gas/platform instead. Callers:\n${where(callers).join('\n')}`,
      );
    expect(callers.map((c) => c.file)).toEqual(['src/gas/platform/run-locked.ts']);
  });
});
