// The command line's own text, both languages: usage errors, the files it reads and writes, and the caps on input.
import { hasOwn } from '../own';
import { type Bilingual, messages } from './bilingual';

const SEE_HELP: Bilingual = { zh: '（rectify --help 查看用法）', en: ' (see rectify --help)' };

/** Arguments and options, before any file is read (main.ts, context.ts). */
export const CLI_ARGS = messages({
  seeHelp: SEE_HELP,
  unknownOption: (p: { option: string }) => ({
    zh: `未知选项“${p.option}”${SEE_HELP.zh}`,
    en: `unknown option "${p.option}"${SEE_HELP.en}`,
  }),
  optionNeedsValue: (p: { option: string; example: string }) => ({
    zh: `${p.option}：缺少取值，如 ${p.option} ${p.example}`,
    en: `${p.option}: missing value, e.g. ${p.option} ${p.example}`,
  }),
  optionTakesNoValue: (p: { option: string }) => ({
    zh: `${p.option}：这个选项不带取值`,
    en: `${p.option}: this option takes no value`,
  }),
  optionRepeated: (p: { option: string }) => ({
    zh: `--${p.option}：这个选项只能写一次${SEE_HELP.zh}`,
    en: `--${p.option}: this option may be given only once${SEE_HELP.en}`,
  }),
  optionEmpty: (p: { option: string }) => ({
    zh: `--${p.option}：取值是空的（""）`,
    en: `--${p.option}: the value is empty ("")`,
  }),
  ledgerArgumentEmpty: (p: { command: string }) => ({
    zh: `rectify ${p.command}：台账文件名是空的（""）；请写出 .xlsx 或 .csv 文件的路径`,
    en: `rectify ${p.command}: the ledger argument is empty (""); give the path of an .xlsx or .csv file`,
  }),
  unknownCommand: (p: { command: string }) => ({
    zh: `未知命令“${p.command}”${SEE_HELP.zh}`,
    en: `unknown command "${p.command}"${SEE_HELP.en}`,
  }),
  /** What a command's path argument is, named when it is missing: a ledger unless the command says otherwise. */
  ledgerInput: { zh: '台账文件（.xlsx 或 .csv）', en: '<ledger> (.xlsx or .csv)' },
  importInput: {
    zh: '要导入的通报或整改方案（.docx、.pdf、.txt、.md 或 .html）',
    en: '<document> (.docx, .pdf, .txt, .md or .html)',
  },
  inputMissing: (p: { command: string; input: Bilingual }) => ({
    zh: `rectify ${p.command}：缺少${p.input.zh}${SEE_HELP.zh}`,
    en: `rectify ${p.command}: missing ${p.input.en}${SEE_HELP.en}`,
  }),
  unexpectedArgument: (p: { command: string; extra: string }) => ({
    zh: `rectify ${p.command}：多余的参数“${p.extra}”`,
    en: `rectify ${p.command}: unexpected argument "${p.extra}"`,
  }),
  optionDoesNotApply: (p: { command: string; option: string; takes: readonly string[] }) => ({
    zh: `rectify ${p.command}：不接受 --${p.option}（可用：${p.takes.join('、') || '无'}、--lang）`,
    en: `rectify ${p.command}: --${p.option} does not apply (it takes ${p.takes.length ? `${p.takes.join(', ')}, ` : ''}--lang)`,
  }),
  /** Said before the language is known, so in both at once. */
  langInvalid: (p: { lang: string }) => {
    const both = `--lang: “${p.lang}”应为 zh 或 en / must be zh or en`;
    return { zh: both, en: both };
  },
  asOfYearOutOfRange: (p: { text: string }) => ({
    zh: `--as-of: “${p.text}”的年份超出范围；年份应在1900–2999年之间`,
    en: `--as-of: "${p.text}" has a year out of range; years must be 1900–2999`,
  }),
  asOfNotADate: (p: { text: string }) => ({
    zh: `--as-of: “${p.text}”不是日期，请写成 YYYY-MM-DD，如 2024-10-30`,
    en: `--as-of: "${p.text}" is not a date; write YYYY-MM-DD, e.g. 2024-10-30`,
  }),
  reading: (p: { path: string }) => ({ zh: `读取 ${p.path}`, en: `Reading ${p.path}` }),
});

/** The entry of a table keyed by an error code, or undefined for a code it does not name. */
export function byCode<T extends Record<string, Bilingual>>(table: T, code: string): Bilingual | undefined {
  return hasOwn(table, code) ? table[code] : undefined;
}

/** Why a path cannot be opened for reading, by the error code Node gives (workbook.ts). */
export const OPEN_ERRORS = messages({
  ENOENT: { zh: '文件不存在', en: 'no such file' },
  ELOOP: { zh: '路径中的符号链接构成循环，找不到文件', en: 'the path has a loop of symbolic links' },
  ENOTDIR: { zh: '路径中有一部分是文件，不是文件夹', en: 'a part of the path is a file, not a folder' },
  EACCES: { zh: '没有访问权限', en: 'permission denied' },
  EPERM: { zh: '没有访问权限', en: 'permission denied' },
  ENAMETOOLONG: { zh: '文件名太长', en: 'the name is too long' },
  EIO: { zh: '输入输出错误', en: 'input/output error' },
});

/** Why an output cannot be written, by the error code Node gives (out-file.ts). */
export const WRITE_ERRORS = messages({
  EISDIR: { zh: '这是一个文件夹', en: 'it is a folder' },
  ENOTDIR: { zh: '路径中有同名文件，不是文件夹', en: 'a part of the path is a file, not a folder' },
  EEXIST: { zh: '路径中有同名文件，不是文件夹', en: 'a part of the path is a file, not a folder' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '没有写入权限', en: 'permission denied' },
  EROFS: { zh: '磁盘只读', en: 'the disk is read-only' },
  ENOSPC: { zh: '磁盘已满', en: 'the disk is full' },
  EDQUOT: { zh: '超出磁盘配额', en: 'the disk quota is exceeded' },
  EIO: OPEN_ERRORS.EIO,
  ENAMETOOLONG: OPEN_ERRORS.ENAMETOOLONG,
  ELOOP: { zh: '路径中的符号链接循环', en: 'a loop of symbolic links in the path' },
});

/** Why standard output or error cannot be written, by Node's error code (io.ts). */
export const STREAM_ERRORS = messages({
  EPIPE: { zh: '读取输出的程序已关闭管道', en: 'the reading program closed the pipe' },
  ENOSPC: WRITE_ERRORS.ENOSPC,
  EIO: OPEN_ERRORS.EIO,
  EBADF: { zh: '没有打开', en: 'it is not open' },
  EACCES: WRITE_ERRORS.EACCES,
  EPERM: WRITE_ERRORS.EPERM,
  EROFS: WRITE_ERRORS.EROFS,
  EDQUOT: WRITE_ERRORS.EDQUOT,
  EFBIG: { zh: '文件太大', en: 'the file is too large' },
});

/** The one line a failed write to standard output or error ends with (io.ts). */
export const CLI_STREAMS = messages({
  /** A known reason with its code: "磁盘已满，ENOSPC" / "the disk is full, ENOSPC". */
  reasonWithCode: (p: { reason: Bilingual; code: string }) => ({
    zh: `${p.reason.zh}，${p.code}`,
    en: `${p.reason.en}, ${p.code}`,
  }),
  stdoutFailed: (p: { reason: string }) => ({
    zh: `rectify: 无法写入标准输出（${p.reason}）`,
    en: `rectify: cannot write to standard output (${p.reason})`,
  }),
  stderrFailed: (p: { reason: string }) => ({
    zh: `rectify: 无法写入标准错误输出（${p.reason}）`,
    en: `rectify: cannot write to standard error (${p.reason})`,
  }),
});

/** Reading a file (workbook.ts, ledger-bytes.ts, import/*). */
export const CLI_FILES = messages({
  cannotOpen: (p: { path: string; reason: Bilingual }) => ({
    zh: `${p.path}: ${p.reason.zh}`,
    en: `${p.path}: ${p.reason.en}`,
  }),
  openFailed: (p: { code: string }) => ({ zh: `无法打开（${p.code}）`, en: `cannot be opened (${p.code})` }),
  notAFile: (p: { path: string }) => ({ zh: `${p.path}: 不是文件`, en: `${p.path}: not a file` }),
  readDenied: (p: { path: string }) => ({
    zh: `${p.path}: 没有读取权限`,
    en: `${p.path}: permission denied`,
  }),
  readFailed: (p: { path: string; code: string }) => ({
    zh: `${p.path}: 无法读取（${p.code}）`,
    en: `${p.path}: cannot be read (${p.code})`,
  }),
  fileEmpty: (p: { path: string }) => ({ zh: `${p.path}: 文件是空的`, en: `${p.path}: the file is empty` }),
  workbookEncrypted: (p: { path: string }) => ({
    zh: `${p.path}: 工作簿受密码保护；请在 Excel 或 WPS 中取消密码后另存为 .xlsx`,
    en: `${p.path}: the workbook is password-protected; remove the password in Excel or WPS and save as .xlsx`,
  }),
  oldXls: (p: { path: string }) => ({
    zh: `${p.path}: 这是旧版 .xls 格式；请在 Excel 或 WPS 中另存为 .xlsx`,
    en: `${p.path}: this is an old .xls workbook; save it as .xlsx in Excel or WPS`,
  }),
  notXlsx: (p: { path: string }) => ({
    zh: `${p.path}: 不是 .xlsx 工作簿（文件内容不是 Excel 格式）`,
    en: `${p.path}: not an .xlsx workbook (the content is not in Excel format)`,
  }),
  mixedEncoding: (p: { path: string; line: number; byte: string; count: number }) => ({
    zh: `${p.path}: 编码混杂：文件是 UTF-8 编码，但第 ${p.line} 行有不是 UTF-8 的字节（${p.byte}，共 ${p.count} 处）；请在该行重新输入文字，或用 Excel/WPS 另存为“CSV UTF-8”`,
    en: `${p.path}: mixed encoding: the file is UTF-8, but line ${p.line} holds a byte that is not (${p.byte}, ${p.count} in all); retype that line, or save as "CSV UTF-8" in Excel or WPS`,
  }),
  unsupportedLedgerType: (p: { path: string; ext: string; saveAs: boolean }) => ({
    zh: `${p.path}: 不支持的文件类型“${p.ext || '无扩展名'}”，请使用 .xlsx 或 .csv${p.saveAs ? '（可在 Excel 或 WPS 中另存为 .xlsx）' : ''}`,
    en: `${p.path}: unsupported file type "${p.ext || 'no extension'}"; use .xlsx or .csv${p.saveAs ? ' (save as .xlsx in Excel or WPS)' : ''}`,
  }),
});

/** Writing a file whole or not at all (out-file.ts). */
export const CLI_WRITES = messages({
  notReplaced: (p: { path: string; reason: Bilingual }) => ({
    zh: `${p.path}: 不能覆盖（${p.reason.zh}）`,
    en: `${p.path}: will not be replaced (${p.reason.en})`,
  }),
  isSymlink: {
    zh: '这是一个符号链接；请写出到链接指向的文件或另一个文件名',
    en: 'it is a symbolic link; name the file it points to, or another name',
  },
  isFolder: { zh: '这是一个文件夹', en: 'it is a folder' },
  isSpecialFile: {
    zh: '这不是普通文件，而是设备、管道或套接字',
    en: 'it is not a regular file but a device, pipe or socket',
  },
  isReadOnly: {
    zh: '文件是只读的；如确需替换，请先取消只读',
    en: 'the file is read-only; make it writable first if it should be replaced',
  },
  /** An error code with no words of its own, shown as it is. */
  otherReason: (p: { code: string }) => ({ zh: p.code, en: p.code }),
  cannotWrite: (p: { path: string; reason: Bilingual }) => ({
    zh: `${p.path}: 无法写入（${p.reason.zh}）`,
    en: `${p.path}: cannot be written (${p.reason.en})`,
  }),
});

const raise = (name: string): Bilingual => ({
  zh: `（确需处理可设置环境变量 ${name} 放宽）`,
  en: ` (set ${name} to raise it)`,
});

/** A cap on the work one input can cause, when it is hit or set wrongly (limits.ts). */
export const CLI_LIMITS = messages({
  notPositive: (p: { name: string; raw: string }) => ({
    zh: `${p.name}：“${p.raw}”应为正整数`,
    en: `${p.name}: "${p.raw}" must be a positive whole number`,
  }),
  inflated: (p: { path: string; limit: string; variable: string }) => ({
    zh: `${p.path}: 解压后超过 ${p.limit} 的上限，已停止读取${raise(p.variable).zh}`,
    en: `${p.path}: inflates to more than the ${p.limit} limit; reading stopped${raise(p.variable).en}`,
  }),
  rows: (p: { path: string; sheet: string; limit: string; variable: string }) => ({
    zh: `${p.path}: ${p.sheet ? `工作表“${p.sheet}”` : ''}超过 ${p.limit} 行的上限${raise(p.variable).zh}`,
    en: `${p.path}: ${p.sheet ? `sheet "${p.sheet}" has ` : ''}more than the ${p.limit}-row limit${raise(p.variable).en}`,
  }),
  columns: (p: { path: string; where: string; limit: string; variable: string }) => ({
    zh: `${p.path}: ${p.where} 超过 ${p.limit} 列的上限${raise(p.variable).zh}`,
    en: `${p.path}: ${p.where} is past the ${p.limit}-column limit${raise(p.variable).en}`,
  }),
  cellLength: (p: { path: string; where: string; actual: string; limit: string; variable: string }) => ({
    zh: `${p.path}: ${p.where} 有 ${p.actual} 个字符，超过每格 ${p.limit} 个字符的上限${raise(p.variable).zh}`,
    en: `${p.path}: ${p.where} holds ${p.actual} characters, over the ${p.limit}-character cell limit${raise(p.variable).en}`,
  }),
  notWorkbook: (p: { path: string }) => ({
    zh: `${p.path}: 不是 .xlsx 工作簿（这是 Word 或 PowerPoint 文件）`,
    en: `${p.path}: not an .xlsx workbook (it is a Word or PowerPoint file)`,
  }),
  noSheets: (p: { path: string }) => ({
    zh: `${p.path}: 工作簿中没有工作表`,
    en: `${p.path}: the workbook has no sheets`,
  }),
  damaged: (p: { path: string; detail: string }) => ({
    zh: `${p.path}: 工作簿已损坏，无法读取（${p.detail}）`,
    en: `${p.path}: the workbook is damaged and cannot be read (${p.detail})`,
  }),
});

/** The words of a table of findings, wherever the CLI prints or writes one (check, colour, import). */
export const FINDING_WORDS = messages({
  cell: { zh: '单元格', en: 'Cell' },
  severity: { zh: '级别', en: 'Severity' },
  message: { zh: '说明', en: 'Message' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '提醒', en: 'warning' },
  /** At the head of a line in a cell's note, so capitalised in English. */
  errorNote: { zh: '错误', en: 'Error' },
  warningNote: { zh: '提醒', en: 'Warning' },
});

/** The last line of `rectify check` (commands/check.ts). */
export const CHECK_TEXT = messages({
  clean: (p: { path: string; problems: number }) => ({
    zh: `${p.path}：${p.problems} 个问题，未发现问题。`,
    en: `${p.path}: ${p.problems} problems, nothing to fix.`,
  }),
  summary: (p: { path: string; problems: number; errors: number; warnings: number }) => ({
    zh: `${p.path}：${p.problems} 个问题，${p.errors} 个错误，${p.warnings} 个提醒。`,
    en: `${p.path}: ${p.problems} problems, ${p.errors} errors, ${p.warnings} warnings.`,
  }),
  checkingLedger: { zh: '检查台账', en: 'Checking the ledger' },
});
