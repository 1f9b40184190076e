// Registry policy: which registries a landscape may pull from. An allowed
// entry is a host (`registry.example.com`, `localhost:5000`) or a host and
// path prefix (`europe-docker.pkg.dev/gardener-project`), matched on
// path-segment boundaries: `registry.example.com/team` allows
// `registry.example.com/team/pause`, not `registry.example.com/teams/pause`.

/** The repository of an image string (`repo:tag`, `repo@sha256:…`, `repo:tag@sha256:…`, or a bare repository). */
export function repositoryOf(image: string): string {
  const at = image.indexOf('@');
  const named = at === -1 ? image : image.slice(0, at);
  const colon = named.lastIndexOf(':');
  return colon > named.lastIndexOf('/') ? named.slice(0, colon) : named;
}

/**
 * The repository as a container runtime reads it: a first segment without a
 * `.` or `:` (and not `localhost`) is a Docker Hub path, so
 * `my-registry/pause` is `docker.io/my-registry/pause` and `alpine` is
 * `docker.io/library/alpine`.
 */
export function canonicalRepository(repository: string): string {
  const slash = repository.indexOf('/');
  const first = slash === -1 ? '' : repository.slice(0, slash);
  if (first.includes('.') || first.includes(':') || first === 'localhost') return lowerHost(repository);
  return slash === -1 ? `docker.io/library/${repository}` : `docker.io/${repository}`;
}

function lowerHost(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? path.toLowerCase() : path.slice(0, slash).toLowerCase() + path.slice(slash);
}

function withinPrefix(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The allowed prefix an image comes from, or undefined when it comes from elsewhere. */
export function allowedPrefix(image: string, allowed: readonly string[]): string | undefined {
  const repository = repositoryOf(image);
  const canonical = canonicalRepository(repository);
  for (const entry of allowed) {
    const prefix = lowerHost(entry.replace(/\/+$/, ''));
    if (prefix === '') continue;
    if (withinPrefix(lowerHost(repository), prefix) || withinPrefix(canonical, prefix)) return entry;
  }
  return undefined;
}
