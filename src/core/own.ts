// Own-property test for the ES2020 bundle: Object.hasOwn is ES2022, and esbuild does not polyfill built-ins.

const ownProperty = Object.prototype.hasOwnProperty;

/** True when `key` is the object's own property (not inherited, so "constructor" or "__proto__" never match). */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return ownProperty.call(object, key);
}
