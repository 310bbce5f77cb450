// google.script.run as the add-on's pages see it, and one typed promise for any function of a server contract.

/**
 * The client-side API (https://developers.google.com/apps-script/guides/html/reference/run): the handler
 * setters return a runner, and every other property is a server function that returns nothing; its result
 * arrives later in the success handler, a thrown error in the failure handler.
 */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}
declare const google: { script: { run: ScriptRun } };

type ArgsOf<F> = F extends (...args: infer P) => unknown ? P : never;
type ResultOf<F> = F extends (...args: never[]) => infer R ? R : never;

/** Calls a server function of contract S by name: the name, the arguments and the result are all typed. */
export type ServerCall<S> = <K extends keyof S & string>(
  name: K,
  ...args: ArgsOf<S[K]>
) => Promise<ResultOf<S[K]>>;

/** The one typed way a page reaches its server contract S (SidebarServer, ImportServer). */
export function serverCall<S>(): ServerCall<S> {
  return <K extends keyof S & string>(name: K, ...args: ArgsOf<S[K]>) =>
    new Promise<ResultOf<S[K]>>((resolve, reject) => {
      const run = google.script.run
        .withSuccessHandler((value) => resolve(value as ResultOf<S[K]>))
        .withFailureHandler(reject) as unknown as Record<K, (...sent: ArgsOf<S[K]>) => void>;
      run[name](...args);
    });
}
