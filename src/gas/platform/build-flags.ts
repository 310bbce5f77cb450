// Build-time flags set by scripts/build.mjs (esbuild `define`), read safely where no build defined them (tests).

/** True in the Workspace Marketplace add-on build (`npm run build:addon`), false for the sheet-bound script. */
export function isAddonBuild(): boolean {
  return typeof RECTIFY_ADDON !== 'undefined' && RECTIFY_ADDON === true;
}

/** Replaced by a literal in build/Code.js; undefined unless a test sets it on globalThis. */
declare const RECTIFY_ADDON: boolean | undefined;
