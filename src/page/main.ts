// The offline page's one script: in the window it draws the page and starts a worker from its own source; in the worker it does the work.
import { startEngine } from './engine-port';
import { browserLocale, PageUi } from './ui';
import { startWorker, type WorkerScope } from './worker';

if (typeof document === 'undefined') {
  // Inside the worker: the same bundle, started from a blob: URL of this script's text.
  startWorker(self as unknown as WorkerScope);
} else {
  // Read now: document.currentScript is set only while this script first runs.
  const source = document.currentScript?.textContent ?? '';
  const start = () =>
    new PageUi(startEngine(source), browserLocale(navigator.languages ?? [navigator.language])).start();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
