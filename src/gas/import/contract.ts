// The server functions the 从通报导入 dialog calls through google.script.run, typed from their real exports.
import type { Remote } from '../platform/remote';
import type { appendImported, readImportDoc } from './append-rows';

export interface ImportServer {
  readImportDoc: Remote<typeof readImportDoc>;
  appendImported: Remote<typeof appendImported>;
}

/** Every function the dialog may call; a test finds each as a global function of build/Code.js. */
export const IMPORT_SERVER_FUNCTIONS = Object.keys({
  readImportDoc: true,
  appendImported: true,
} satisfies Record<keyof ImportServer, true>) as (keyof ImportServer)[];
