// The notice's fonts and what stands in for each one where it is missing: CSS stacks and fontTable.xml hints.
import type { FontRole } from '../../core';

/** The four faces GB/T 9704 names, plus 宋体 for page numbers. */
export type FontKind = 'fangsong' | 'xiaobiaosong' | 'hei' | 'kai' | 'song';

export interface FontFallback {
  /** Names a browser tries after the named font, most faithful first (Windows, then macOS, then Noto). */
  css: readonly string[];
  /** fontTable.xml hints Word and WPS use to pick a substitute (ECMA-376 §17.8.3). */
  docx: {
    /** The Windows font of the same design that ships with the system or Office. */
    altName: string;
    /** PANOSE-1 classification, 10 bytes in hex. */
    panose: string;
    /** ST_FontFamily: roman (serif), swiss (sans), script, modern, decorative, auto. */
    family: 'roman' | 'swiss' | 'script' | 'modern' | 'auto';
    /** ST_Pitch: the CJK faces are monospaced. */
    pitch: 'fixed' | 'variable';
  };
}

/** GB2312 (86 = 0x86, ST_UcharHexNumber), the character set every one of these fonts is made for. */
export const GB2312_CHARSET = '86';

/**
 * Windows ships 仿宋 / 楷体 / 黑体 / 宋体 but not the _GB2312 versions nor Founder's 小标宋; macOS ships the ST
 * (华文) faces; Linux usually has only Noto CJK. The generic family comes last so that, failing everything,
 * the body stays a serif face and the headings a sans one, as the standard sets them apart.
 */
export const FONT_FALLBACKS: Record<FontKind, FontFallback> = {
  fangsong: {
    css: [
      'FangSong_GB2312',
      '仿宋',
      'FangSong',
      'STFangsong',
      '华文仿宋',
      'Noto Serif CJK SC',
      'Noto Serif SC',
      'Source Han Serif SC',
      'serif',
    ],
    docx: { altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  },
  xiaobiaosong: {
    css: [
      'FZXiaoBiaoSong-B05S',
      '方正小标宋_GBK',
      '华文中宋',
      'STZhongsong',
      'Noto Serif CJK SC',
      'Noto Serif SC',
      'Source Han Serif SC',
      'serif',
    ],
    docx: { altName: '华文中宋', panose: '02010601030101010101', family: 'roman', pitch: 'fixed' },
  },
  hei: {
    css: [
      'SimHei',
      '黑体',
      'STHeiti',
      'Heiti SC',
      'Noto Sans CJK SC',
      'Noto Sans SC',
      'Source Han Sans SC',
      'sans-serif',
    ],
    docx: { altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  },
  kai: {
    css: [
      'KaiTi_GB2312',
      '楷体',
      'KaiTi',
      'STKaiti',
      '华文楷体',
      'Kaiti SC',
      'AR PL UKai CN',
      'Noto Serif CJK SC',
      'Noto Serif SC',
      'serif',
    ],
    docx: { altName: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  },
  song: {
    css: ['SimSun', '宋体', 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Noto Serif SC', 'serif'],
    docx: { altName: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
  },
};

const KIND_BY_NAME: [RegExp, FontKind][] = [
  [/小标宋|xiaobiaosong|中宋|zhongsong/i, 'xiaobiaosong'],
  [/仿宋|fangsong/i, 'fangsong'],
  [/楷|kai/i, 'kai'],
  [/黑|hei/i, 'hei'],
  [/宋|song|simsun/i, 'song'],
];

const KIND_BY_ROLE: Record<FontRole, FontKind> = {
  title: 'xiaobiaosong',
  body: 'fangsong',
  heading1: 'hei',
  heading2: 'kai',
};

/**
 * The design a font name belongs to; a name the table does not know (a font the office chose in 设置)
 * falls back like the font its role normally has.
 */
export function fontKind(name: string, role: FontRole | 'pageNumber'): FontKind {
  for (const [re, kind] of KIND_BY_NAME) if (re.test(name)) return kind;
  return role === 'pageNumber' ? 'song' : KIND_BY_ROLE[role];
}

/** The named font, then its stand-ins, without repeating the name itself. */
export function fallbackNames(name: string, role: FontRole | 'pageNumber'): string[] {
  const seen = name.toLowerCase();
  return FONT_FALLBACKS[fontKind(name, role)].css.filter((f) => f.toLowerCase() !== seen);
}

/** The font names a notice uses by default, each with the design it stands for. */
export const DEFAULT_FONT_NAMES: [name: string, kind: FontKind][] = [
  ['仿宋_GB2312', 'fangsong'],
  ['方正小标宋简体', 'xiaobiaosong'],
  ['黑体', 'hei'],
  ['楷体_GB2312', 'kai'],
  ['宋体', 'song'],
];

/**
 * fontconfig aliases for Linux, where LibreOffice and WPS ask fontconfig and ignore a document's font
 * hints: each notice font prefers the same stand-ins as the HTML does. fonts/rectify-fonts.conf is this text.
 */
export function fontconfigAliases(): string {
  const escapeName = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const aliases = DEFAULT_FONT_NAMES.map(([name, kind]) => {
    const prefer = FONT_FALLBACKS[kind].css
      .filter((f) => f !== 'serif' && f !== 'sans-serif')
      .map((f) => `<family>${escapeName(f)}</family>`)
      .join('');
    const generic = FONT_FALLBACKS[kind].css.includes('sans-serif') ? 'sans-serif' : 'serif';
    return `  <alias binding="same">\n    <family>${escapeName(name)}</family>\n    <prefer>${prefer}</prefer>\n    <default><family>${generic}</family></default>\n  </alias>`;
  });
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Rectify notice fonts on Linux: copy to ~/.config/fontconfig/conf.d/ (generated from src/cli/render/notice-fonts.ts). -->
<fontconfig>
${aliases.join('\n')}
</fontconfig>
`;
}
