// A server function as a page sees it through google.script.run: the same name and result, without the
// Services argument that only tests pass in.
import type { Services } from './services';

/** The parameters a page sends: the server function's own, less its trailing optional Services. */
type PageArgs<P extends unknown[]> = P extends [services?: Services]
  ? []
  : P extends [infer First, services?: Services]
    ? [First]
    : P;

/** `typeof someServerFunction` as the page calls it. */
export type Remote<F> = F extends (...args: infer P) => infer R ? (...args: PageArgs<P>) => R : never;
