// Array helpers for any length: spreading a row-sized array into arguments (Math.max(...xs), push(...xs))
// overflows the call stack past about 125,000 items.

/** Appends every item to `target` one by one; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of the values, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let max = empty;
  let first = true;
  for (const v of values) {
    if (first || v > max) max = v;
    first = false;
  }
  return max;
}

/** The smallest of the values, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let min = empty;
  let first = true;
  for (const v of values) {
    if (first || v < min) min = v;
    first = false;
  }
  return min;
}

/**
 * The item at `index` of an array the caller has already bounded — a loop over its length, a regex's group that
 * must take part in every match, a split that always gives one part. Indexing says `T | undefined` under
 * noUncheckedIndexedAccess; this says the caller knows better, and throws if not, rather than letting an
 * undefined travel on as a value.
 */
export function at<T>(items: ArrayLike<T | undefined>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item ${index} of ${items.length}`);
  return item;
}
