// Records keyed by names from the linted files: component names, rule ids, configuration keys.
// A plain object answers `constructor`, `toString`, `hasOwnProperty` … from Object.prototype,
// and assigning to `__proto__` replaces its prototype instead of adding a key. The engine's
// records have no prototype; lookups in records a library user may have built as plain
// objects (LintConfig) read own keys only.

/** An empty record without prototype: every key, `__proto__` included, is an ordinary key. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A record without prototype from entries; later entries win. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = emptyRecord<T>();
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** `record[key]` when `key` is the record's own key; never an inherited member. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
