/**
 * A copy of `text` that does not keep the string it was cut from alive.
 *
 * V8 keeps a slice of 13 or more characters (an image name, a tag read from a
 * file) as a view into the string it was cut from, and a concatenation as a
 * pair of its parts: a row or a finding that outlives its cluster would keep
 * the whole text of its file in memory, and a run of many files every file's
 * text (100k entries: 1,823 sources, 30 MiB, held by 190k row fields). What
 * outlives a cluster (rows, findings, the run's image names) is detached
 * once, when it is made. The concatenation is flattened into a new string of
 * the text's own length, and the slice refers to that one only.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

/** Detaches every string field of a finding (and of its fix): they outlive their cluster until the report. */
export function detachStrings<T extends object>(record: T): T {
  const fields = record as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = detached(value);
  }
  return record;
}
