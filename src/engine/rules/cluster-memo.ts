/**
 * What the rules of one cluster share (its entries, their nodes, its
 * constraints), computed by the first rule that asks and kept for the
 * cluster's other rules: the key is an array the engine builds once per
 * cluster (`context.vectors`, `context.files`). Only the last cluster's value
 * is kept. A WeakMap would keep every finished cluster's values, and through
 * them its parse trees, until the next full collection.
 */
export function clusterMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key !== lastKey) {
      lastValue = undefined;
      lastKey = undefined;
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue as V;
  };
}
