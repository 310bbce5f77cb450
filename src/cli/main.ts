// Command-line entry: parses arguments and dispatches to one command a file; exit 0 clean, 1 ledger errors, 2 usage.
import { version } from '../../package.json';
import { say } from '../core/messages/bilingual';
import { CLI_ARGS as M } from '../core/messages/cli';
import { argLocale, type CommandShape, checkArguments, parseCommandLine, type Values } from './args';
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

export interface Command extends CommandShape {
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
    input: M.importInput,
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

export async function main(argv: string[], rawIo: Io = processIo): Promise<number> {
  // Nothing a ledger holds reaches the terminal raw (escape sequences, bidi overrides): see terminal.ts.
  const io = safeIo(rawIo);
  const l = argLocale(argv);
  try {
    const line = parseCommandLine(argv, l);
    const [name, ledger] = line.positionals;
    if (line.values.help || name === 'help') {
      io.out(USAGE);
      return 0;
    }
    // The version of the installed package, for bug reports: read from package.json when bundled.
    if (line.values.version) {
      io.out(`rectify ${version}`);
      return 0;
    }
    // No command at all: the usage is the answer, but on stderr with exit 2, as for any usage error.
    if (name === undefined) throw new CliError(USAGE);
    const command = COMMANDS[name];
    if (!command) throw new CliError(say(l, M.unknownCommand({ command: name })));
    checkArguments(name, command, line, l);
    return await command.run(ledger ?? '', line.values, io, line.positionals.slice(1));
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`rectify: ${(error as Error).stack ?? String(error)}`);
    return 3;
  }
}
