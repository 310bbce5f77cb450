// The own-property test lives in core (src/core/own.ts), where the add-on, the pages and the catalogue all reach it.
export { hasOwn } from '../../core/own';
