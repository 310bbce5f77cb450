// Where the page's work runs: a Web Worker made from the page's own script, or — where a browser refuses one — the window itself.
import type { Reply, Request } from './protocol';
import { startWorker, type WorkerScope } from './worker';

/** The side of a worker the page talks to (a real Worker satisfies it). */
export interface EnginePort {
  postMessage(message: Request, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<Reply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * The engine in the window's own thread, behind the same messages: the page then pauses while it works,
 * but it still works. Replies arrive on a later task, as a worker's do.
 */
export function inlinePort(): EnginePort {
  const scope: WorkerScope = {
    onmessage: null,
    postMessage: (reply: Reply) => setTimeout(() => port.onmessage?.({ data: reply } as MessageEvent<Reply>)),
  };
  const port: EnginePort = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => setTimeout(() => scope.onmessage?.({ data: message } as MessageEvent<Request>)),
  };
  startWorker(scope);
  return port;
}

/**
 * A worker from a blob: URL of `source` (a page opened from file:// may not load a worker file), once it says
 * it is ready; the inline engine when the browser refuses to make or start it.
 */
export function startEngine(source: string): Promise<EnginePort> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    } catch {
      resolve(inlinePort());
      return;
    }
    worker.onmessage = (event: MessageEvent<Reply>) => {
      if (event.data.type !== 'ready') return;
      worker.onmessage = null;
      worker.onerror = null;
      resolve(worker as unknown as EnginePort);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(inlinePort());
    };
  });
}
