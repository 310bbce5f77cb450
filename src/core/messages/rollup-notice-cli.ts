// What `rectify rollup` and `rectify notice` say on the terminal: kept apart so no Apps Script bundle carries it.
import { messages } from './bilingual';

/** `rectify rollup`: its arguments, progress, notes and the files it wrote. */
export const rollupCliText = /* @__PURE__ */ messages({
  mismatch: { zh: '汇总核对不符，未写出任何文件：', en: 'The roll-up does not add up; nothing was written:' },
  emptyFolder({ folder }: { folder: string }) {
    return {
      zh: `${folder}：文件夹中没有台账文件（.xlsx 或 .csv）`,
      en: `${folder}: the folder holds no ledger files (.xlsx or .csv)`,
    };
  },
  outNotXlsx({ out }: { out: string }) {
    return { zh: `--out: “${out}”应为 .xlsx 文件`, en: `--out: "${out}" must be an .xlsx file` };
  },
  outIsInput({ out }: { out: string }) {
    return {
      zh: `${out}：这是要汇总的台账之一；汇总只写新文件，请换一个文件名`,
      en: `${out}: this is one of the ledgers to roll up; choose another name for the output`,
    };
  },
  rollingUp({ files }: { files: number }) {
    return { zh: `汇总 ${files} 个台账`, en: `Rolling up ${files} ledgers` };
  },
  wrote({ file }: { file: string }) {
    return { zh: `已写出 ${file}`, en: `Wrote ${file}` };
  },
  unreadable({ file, reason }: { file: string; reason: string }) {
    return { zh: `未汇总：${file}：${reason}`, en: `Not included: ${file}: ${reason}` };
  },
  /** `ledgers` are the files that all name one unit. */
  duplicate({ ledgers, unit }: { ledgers: string[]; unit: string }) {
    return {
      zh: `未汇总：${ledgers.join('、')} 都是“${unit}”的台账，不能相加；请保留其一后重新汇总`,
      en: `Not included: ${ledgers.join(', ')} are all ledgers of "${unit}" and cannot be added together; keep one and roll up again`,
    };
  },
  /** `names` are the units whose ledgers have errors. */
  unitsWithErrors({ names }: { names: string[] }) {
    return {
      zh: `注意：${names.length} 家单位的台账有错误（${names.join('、')}），数字可能不准；对其文件运行 rectify check 查看。`,
      en: `Note: ${names.length} units' ledgers have errors (${names.join(', ')}), so their figures may be off; run rectify check on their files.`,
    };
  },
});

/** `rectify notice`: its --out argument, progress and what it wrote. */
export const noticeCliText = /* @__PURE__ */ messages({
  /** A warning about what the notice left out, on stderr or on the offline page. */
  warning({ message }: { message: string }) {
    return { zh: `提醒：${message}`, en: `Warning: ${message}` };
  },
  missingOut: {
    zh: 'rectify notice：缺少 --out（输出的 .docx 或 .html 文件，如 --out 通报.docx）',
    en: 'rectify notice: missing --out (the .docx or .html to write, e.g. --out notice.docx)',
  },
  outNotNotice({ out }: { out: string }) {
    return {
      zh: `--out：“${out}”应以 .docx 或 .html 结尾`,
      en: `--out: "${out}" must end in .docx or .html`,
    };
  },
  writing({ out }: { out: string }) {
    return { zh: `生成通报 ${out}`, en: `Writing the notice ${out}` };
  },
  wrote(p: { out: string; sections: number; items: number; asOf: string }) {
    return {
      zh: `已写出 ${p.out}：${p.sections} 个部分，${p.items} 个问题条目（统计截止 ${p.asOf}）`,
      en: `Wrote ${p.out}: ${p.sections} sections, ${p.items} problem blocks (as of ${p.asOf})`,
    };
  },
  ledgerErrors({ errors }: { errors: number }) {
    return {
      zh: `注意：台账有 ${errors} 个错误，通报中的数字可能不准，运行 rectify check 查看。`,
      en: `Note: the ledger has ${errors} errors, so the notice may be wrong; run rectify check.`,
    };
  },
});
