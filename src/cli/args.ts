// Reads the command line into a command, its paths and its options, refusing what a command would silently ignore.
import { parseArgs } from 'node:util';
import type { Locale } from '../core';
import { type Bilingual, say } from '../core/messages/bilingual';
import { CLI_ARGS as M } from '../core/messages/cli';
import { envLocale } from './env-locale';
import { CliError } from './errors';

export const OPTIONS = {
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

export type OptionName = keyof typeof OPTIONS;

export type Values = {
  [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

/** What the command line needs to know of a command to check its arguments. */
export interface CommandShape {
  /** Whether the command takes a ledger path. */
  ledger: boolean;
  /** Takes one or more ledgers or folders (rollup); they arrive as the fourth argument of run. */
  many?: boolean;
  /** What its path argument is, when not a ledger: named in the “missing” message. */
  input?: Bilingual;
  /** The options it reads (besides --lang and --help); any other is refused rather than silently ignored. */
  options?: OptionName[];
}

export interface CommandLine {
  values: Values;
  /** The command's name, then its paths. */
  positionals: string[];
}

/** The language of usage messages, known before the settings are read: --lang, else the terminal's. */
export function argLocale(argv: string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i] ?? '')?.[1];
    if (value === 'en' || value === 'zh') return value;
  }
  return envLocale() ?? 'zh';
}

/** The language a command's messages start in, until its settings say more: --lang, else the terminal's. */
export function runLocale(lang: string | undefined): Locale {
  return lang === 'en' || lang === 'zh' ? lang : (envLocale() ?? 'zh');
}

/** As runLocale, but a --lang that is neither zh nor en is refused first (in both languages: none is known yet). */
export function checkedRunLocale(lang: string | undefined): Locale {
  if (lang !== undefined && lang !== 'zh' && lang !== 'en')
    throw new CliError(say('zh', M.langInvalid({ lang })));
  return runLocale(lang);
}

/** node:util's parse errors, in English only and with a hint about '--' that misleads here, as one clear line. */
function usageError(error: unknown, l: Locale): CliError {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError(say(l, M.unknownOption({ option })));
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new CliError(
      /argument missing/.test(message)
        ? say(l, M.optionNeedsValue({ option, example: example(option) }))
        : say(l, M.optionTakesNoValue({ option })),
    );
  return new CliError(`${message.split('\n')[0]}${say(l, M.seeHelp)}`);
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

/** The parsed command line; a usage error for an unknown, repeated or empty option or an empty ledger path. */
export function parseCommandLine(argv: string[], l: Locale): CommandLine {
  let parsed: CommandLine & { tokens?: { kind: string; name?: string }[] };
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
  if (repeated !== null) throw new CliError(say(l, M.optionRepeated({ option: repeated })));
  const [name, ledger] = parsed.positionals;
  // An empty argument (`check ''`, `--out ''`, an unset shell variable) names no file: say which one it is.
  const empty = ledger === '' ? null : Object.entries(parsed.values).find(([, v]) => v === '')?.[0];
  if (ledger === '' || empty !== undefined)
    throw new CliError(
      empty
        ? say(l, M.optionEmpty({ option: empty }))
        : say(l, M.ledgerArgumentEmpty({ command: name ?? '' })),
    );
  return { values: parsed.values, positionals: parsed.positionals };
}

/** Refuses a missing or extra path, and an option the command does not read (`check --out r.xlsx` writing nothing). */
export function checkArguments(name: string, command: CommandShape, line: CommandLine, l: Locale): void {
  const [, ledger, ...rest] = line.positionals;
  if (command.ledger && ledger === undefined)
    throw new CliError(say(l, M.inputMissing({ command: name, input: command.input ?? M.ledgerInput })));
  if ((rest.length > 0 && !command.many) || (!command.ledger && ledger !== undefined)) {
    const extra = rest[0] ?? ledger ?? '';
    throw new CliError(say(l, M.unexpectedArgument({ command: name, extra })));
  }
  const unused = Object.keys(line.values).find(
    (k) =>
      k !== 'lang' &&
      k !== 'help' &&
      k !== 'version' &&
      command.options &&
      !command.options.includes(k as OptionName),
  );
  if (unused !== undefined) {
    const takes = (command.options ?? []).map((o) => `--${o}`);
    throw new CliError(say(l, M.optionDoesNotApply({ command: name, option: unused, takes })));
  }
}
