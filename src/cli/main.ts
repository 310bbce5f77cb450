// Command-line entry: parses arguments and dispatches to one command a file; exit 0 clean, 1 ledger errors, 2 usage.
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { type Locale, tr } from '../core';
import { envLocale } from './env-locale';
import { CliError } from './errors';
import { type Io, processIo } from './io';
import { safeIo } from './terminal';

export const USAGE = `整改台账助手 rectify — 用法 / usage:
  rectify check  <台账.xlsx|.csv> [--as-of YYYY-MM-DD] [--settings F] [--json]
  rectify totals <台账.xlsx|.csv> [--as-of YYYY-MM-DD] [--settings F] [--json]
  rectify notice <台账.xlsx|.csv> --out F.docx|F.html [--as-of YYYY-MM-DD] [--settings F] [--narrative F]
  rectify colour <台账.xlsx|.csv> --out 副本.xlsx [--as-of YYYY-MM-DD] [--settings F]
  rectify remind <台账.xlsx|.csv> --dry-run [--as-of YYYY-MM-DD] [--settings F] [--json]
  rectify rollup <文件夹|台账…> [--as-of YYYY-MM-DD] [--json] [--out 汇总.xlsx] [--notice 汇总通报.docx|.html] [--settings F]
  rectify import <通报或方案.docx|.pdf|.txt|.md|.html> --out 台账.xlsx|.csv [--json]
  rectify demo   [--out DIR]
  rectify --version
通用选项 / common: --lang zh|en, --help`;

const OPTIONS = {
  'as-of': { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  settings: { type: 'string' },
  narrative: { type: 'string' },
  notice: { type: 'string' },
  lang: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

export interface Command {
  /** Whether the command takes a ledger path. */
  ledger: boolean;
  /** Takes one or more ledgers or folders (rollup); they arrive as the fourth argument of run. */
  many?: boolean;
  /** What its path argument is, when not a ledger: named in the “missing” message. */
  input?: { zh: string; en: string };
  /** The options it reads (besides --lang and --help); any other is refused rather than silently ignored. */
  options?: (keyof typeof OPTIONS)[];
  run(ledger: string, values: Values, io: Io, ledgers: string[]): Promise<number>;
}

const common = (ledger: string, v: Values) => ({
  ledger,
  asOf: v['as-of'],
  json: v.json,
  settings: v.settings,
  narrative: v.narrative,
  lang: v.lang,
});

// Each command is loaded when it runs, so `rectify --help` or `check` never loads exceljs or docx.
export const COMMANDS: Record<string, Command> = {
  check: {
    ledger: true,
    options: ['as-of', 'settings', 'json'],
    run: async (l, v, io) => (await import('./commands/check')).checkCommand(common(l, v), io),
  },
  totals: {
    ledger: true,
    options: ['as-of', 'settings', 'json'],
    run: async (l, v, io) => (await import('./commands/totals')).totalsCommand(common(l, v), io),
  },
  notice: {
    ledger: true,
    options: ['out', 'as-of', 'settings', 'narrative'],
    run: async (l, v, io) =>
      (await import('./commands/notice')).noticeCommand({ ...common(l, v), out: v.out }, io),
  },
  colour: {
    ledger: true,
    options: ['out', 'as-of', 'settings'],
    run: async (l, v, io) =>
      (await import('./commands/colour')).colourCommand(
        { ledger: l, out: v.out, asOf: v['as-of'], settings: v.settings, lang: v.lang },
        io,
      ),
  },
  remind: {
    ledger: true,
    options: ['dry-run', 'as-of', 'settings', 'json'],
    run: async (l, v, io) =>
      (await import('./commands/remind')).remindCommand({ ...common(l, v), dryRun: v['dry-run'] }, io),
  },
  rollup: {
    ledger: true,
    many: true,
    options: ['as-of', 'json', 'out', 'notice', 'settings'],
    run: async (_l, v, io, ledgers) =>
      (await import('./commands/rollup')).rollupCommand(
        {
          inputs: ledgers,
          asOf: v['as-of'],
          json: v.json,
          out: v.out,
          notice: v.notice,
          settings: v.settings,
          lang: v.lang,
        },
        io,
      ),
  },
  import: {
    ledger: true,
    input: {
      zh: '要导入的通报或整改方案（.docx、.pdf、.txt、.md 或 .html）',
      en: '<document> (.docx, .pdf, .txt, .md or .html)',
    },
    options: ['out', 'json'],
    run: async (l, v, io) =>
      (await import('./commands/import')).importCommand(
        { input: l, out: v.out, json: v.json, lang: v.lang },
        io,
      ),
  },
  demo: {
    ledger: false,
    options: ['out'],
    run: async (_l, v, io) => (await import('./commands/demo')).demoCommand({ out: v.out, lang: v.lang }, io),
  },
};

/** The language of usage messages, known before the settings are read: --lang, else the terminal's. */
function argLocale(argv: string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i])?.[1];
    if (value === 'en' || value === 'zh') return value;
  }
  return envLocale() ?? 'zh';
}

/** node:util's parse errors, in English only and with a hint about '--' that misleads here, as one clear line. */
function usageError(error: unknown, l: Locale): CliError {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  const help = tr(l, '（rectify --help 查看用法）', ' (see rectify --help)');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new CliError(tr(l, `未知选项“${option}”${help}`, `unknown option "${option}"${help}`));
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new CliError(
      /argument missing/.test(message)
        ? tr(
            l,
            `${option}：缺少取值，如 ${option} ${example(option)}`,
            `${option}: missing value, e.g. ${option} ${example(option)}`,
          )
        : tr(l, `${option}：这个选项不带取值`, `${option}: this option takes no value`),
    );
  return new CliError(`${message.split('\n')[0]}${help}`);
}

/** The first option given twice, or null. */
function repeatedOption(tokens: { kind: string; name?: string }[]): string | null {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined) continue;
    if (seen.has(t.name)) return t.name;
    seen.add(t.name);
  }
  return null;
}

function example(option: string): string {
  const examples: Record<string, string> = {
    '--as-of': '2024-10-30',
    '--out': 'F.docx',
    '--settings': '设置.csv',
    '--narrative': '通报正文.csv',
    '--notice': '汇总通报.docx',
    '--lang': 'en',
  };
  return examples[option] ?? '…';
}

export async function main(argv: string[], rawIo: Io = processIo): Promise<number> {
  // Nothing a ledger holds reaches the terminal raw (escape sequences, bidi overrides): see terminal.ts.
  const io = safeIo(rawIo);
  const l = argLocale(argv);
  try {
    let parsed: { values: Values; positionals: string[]; tokens?: { kind: string; name?: string }[] };
    try {
      parsed = parseArgs({
        args: argv,
        options: OPTIONS,
        allowPositionals: true,
        strict: true,
        tokens: true,
      }) as typeof parsed;
    } catch (error) {
      throw usageError(error, l);
    }
    // parseArgs keeps the last of a repeated option: `--out a.xlsx --out b.xlsx` would silently pick one.
    const repeated = repeatedOption(parsed.tokens ?? []);
    if (repeated !== null)
      throw new CliError(
        tr(
          l,
          `--${repeated}：这个选项只能写一次（rectify --help 查看用法）`,
          `--${repeated}: this option may be given only once (see rectify --help)`,
        ),
      );
    const [name, ledger, ...rest] = parsed.positionals;
    // An empty argument (`check ''`, `--out ''`, an unset shell variable) names no file: say which one it is.
    const empty = ledger === '' ? null : Object.entries(parsed.values).find(([, v]) => v === '')?.[0];
    if (ledger === '' || empty !== undefined)
      throw new CliError(
        empty
          ? tr(l, `--${empty}：取值是空的（""）`, `--${empty}: the value is empty ("")`)
          : tr(
              l,
              `rectify ${name}：台账文件名是空的（""）；请写出 .xlsx 或 .csv 文件的路径`,
              `rectify ${name}: the ledger argument is empty (""); give the path of an .xlsx or .csv file`,
            ),
      );
    if (parsed.values.help || name === 'help') {
      io.out(USAGE);
      return 0;
    }
    // The version of the installed package, for bug reports: read from package.json when bundled.
    if (parsed.values.version) {
      io.out(`rectify ${version}`);
      return 0;
    }
    // No command at all: the usage is the answer, but on stderr with exit 2, as for any usage error.
    if (name === undefined) throw new CliError(USAGE);
    const help = tr(l, '（rectify --help 查看用法）', ' (see rectify --help)');
    const command = COMMANDS[name];
    if (!command) throw new CliError(tr(l, `未知命令“${name}”${help}`, `unknown command "${name}"${help}`));
    if (command.ledger && ledger === undefined)
      throw new CliError(
        tr(
          l,
          `rectify ${name}：缺少${command.input?.zh ?? '台账文件（.xlsx 或 .csv）'}${help}`,
          `rectify ${name}: missing ${command.input?.en ?? '<ledger> (.xlsx or .csv)'}${help}`,
        ),
      );
    if ((rest.length > 0 && !command.many) || (!command.ledger && ledger !== undefined)) {
      const extra = rest[0] ?? ledger;
      throw new CliError(
        tr(l, `rectify ${name}：多余的参数“${extra}”`, `rectify ${name}: unexpected argument "${extra}"`),
      );
    }
    // An option the command does not read would be silently ignored (`check --out r.xlsx` writing nothing).
    const unused = Object.keys(parsed.values).find(
      (k) =>
        k !== 'lang' &&
        k !== 'help' &&
        k !== 'version' &&
        command.options &&
        !command.options.includes(k as keyof Values),
    );
    if (unused !== undefined) {
      const takes = (command.options ?? []).map((o) => `--${o}`).join(tr(l, '、', ', '));
      throw new CliError(
        tr(
          l,
          `rectify ${name}：不接受 --${unused}（可用：${takes || '无'}、--lang）`,
          `rectify ${name}: --${unused} does not apply (it takes ${takes ? `${takes}, ` : ''}--lang)`,
        ),
      );
    }
    return await command.run(ledger ?? '', parsed.values, io, parsed.positionals.slice(1));
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`rectify: ${(error as Error).stack ?? String(error)}`);
    return 3;
  }
}
