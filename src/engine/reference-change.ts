// How an image reference changed between the base and the head: the parts of
// `registry/path:tag@digest`, and what deserves a reviewer's look (a lower
// tag version, another registry or repository, a tag replaced by a digest or
// back). Pure.

export interface ImageReference {
  /** `registry/path` (the registry is the first segment when it has a `.` or `:`, or is `localhost`). */
  repository: string;
  registry?: string;
  tag?: string;
  digest?: string;
}

/** `repo:tag`, `repo@sha256:…`, `repo:tag@sha256:…`; a `:` before the last `/` is a registry port. */
export function parseReference(reference: string): ImageReference {
  const at = reference.indexOf('@');
  const name = at < 0 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(':');
  const hasTag = colon > name.lastIndexOf('/');
  const repository = hasTag ? name.slice(0, colon) : name;
  const out: ImageReference = { repository };
  const first = repository.split('/')[0]!;
  if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) out.registry = first;
  if (hasTag) out.tag = name.slice(colon + 1);
  if (at >= 0) out.digest = reference.slice(at + 1);
  return out;
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+.](.*))?$/;

/**
 * Tags compared as versions (`v1.32.16` > `v1.32.11`, `1.10` > `1.9`), with or
 * without a `v`; a pre-release (`-rc.1`) sorts before its release. Undefined
 * when either tag is not version-like (`latest`, a branch name).
 */
export function compareTagVersions(a: string, b: string): number | undefined {
  const x = VERSION.exec(a);
  const y = VERSION.exec(b);
  if (!x || !y) return undefined;
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i] ?? 0) - Number(y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  const px = x[4];
  const py = y[4];
  if (px === py) return 0;
  if (px === undefined) return 1;
  if (py === undefined) return -1;
  return px < py ? -1 : 1;
}

export interface ReferenceChange {
  /** The tag went to a lower version. */
  lowerTag: boolean;
  registryChanged: boolean;
  /** The repository changed (on the same registry, or with it). */
  repositoryChanged: boolean;
  /** A tag became a digest (or digest-only became a tag). */
  tagDigestSwitch: boolean;
}

export function referenceChange(before: string, after: string): ReferenceChange {
  const a = parseReference(before);
  const b = parseReference(after);
  const order = a.tag !== undefined && b.tag !== undefined ? compareTagVersions(b.tag, a.tag) : undefined;
  const digestOnly = (r: ImageReference) => r.digest !== undefined && r.tag === undefined;
  return {
    lowerTag: order !== undefined && order < 0,
    registryChanged: a.registry !== b.registry,
    repositoryChanged: a.repository !== b.repository,
    tagDigestSwitch: digestOnly(a) !== digestOnly(b),
  };
}

/**
 * Only the part of each reference that changed: the tag (`:v1.32.16`), the
 * digest shortened, and the repository where it differs, with one path
 * segment of context and `…` for the common rest
 * (`…/oss/v2/…:v1.32.16` → `…/oss/…:v1.32.11`).
 */
export function changedParts(before: string, after: string): { before: string; after: string } {
  const a = parseReference(before);
  const b = parseReference(after);
  let repoA = '';
  let repoB = '';
  if (a.repository !== b.repository) {
    const sa = a.repository.split('/');
    const sb = b.repository.split('/');
    let prefix = 0;
    while (prefix < sa.length && prefix < sb.length && sa[prefix] === sb[prefix]) prefix++;
    let suffix = 0;
    while (suffix < sa.length - prefix && suffix < sb.length - prefix && sa[sa.length - 1 - suffix] === sb[sb.length - 1 - suffix]) suffix++;
    const show = (s: string[]) => {
      const from = Math.max(0, prefix - 1);
      const middle = s.slice(from, s.length - suffix).join('/');
      return `${from > 0 ? '…/' : ''}${middle}${suffix > 0 ? '/…' : ''}`;
    };
    repoA = show(sa);
    repoB = show(sb);
  }
  const rest = (r: ImageReference) => `${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest !== undefined ? `@${shortDigest(r.digest)}` : ''}`;
  return { before: repoA + rest(a), after: repoB + rest(b) };
}

function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  const hex = colon < 0 ? digest : digest.slice(colon + 1);
  return hex.length > 12 ? `${digest.slice(0, colon + 1)}${hex.slice(0, 12)}…` : digest;
}
