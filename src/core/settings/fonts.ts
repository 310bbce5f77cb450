// Font settings: which texts are font names, since a font setting reaches the notice's CSS and the .docx.
/**
 * One font name: letters of any script, digits, spaces and _ . + & - (仿宋_GB2312, Noto Serif CJK SC,
 * FZXiaoBiaoSong-B05S). Nothing that can end a CSS string or declaration (quotes, backslash, ; { } < >, a line
 * break) or call out (url(), @import): a font setting reaches the notice's CSS and the .docx.
 */
const FONT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} _.+&-]{0,63}$/u;
/** A font list is separated by commas (, ， 、): "仿宋_GB2312, FangSong". */
const FONT_SEPARATOR = /[,，、]/;
const MAX_FONTS = 8;

/** The names of a font setting, or null when any part is not a font name. */
export function fontNames(text: string): string[] | null {
  const names = text.split(FONT_SEPARATOR).map((n) => n.trim());
  if (names.length > MAX_FONTS || names.some((n) => !FONT_NAME.test(n))) return null;
  return names;
}
