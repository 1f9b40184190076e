// Components Gardener deploys that carry an image vector of their own, and
// where that vector lives in the component's repository. A repository that
// vendors the component (go.mod `require github.com/gardener/etcd-druid vX`)
// deploys the images of that version: its component overwrite may name only those.

export interface ComponentModule {
  /** Go module paths that pin the component (the main module or its API module). */
  modules: readonly string[];
  owner: string;
  repo: string;
  /** The vector's path in the repository at a version (`v0.23.0` moved it). */
  vectorPath(version: string): string;
}

export const COMPONENT_MODULES: Readonly<Record<string, ComponentModule>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, ComponentModule>, {
    'etcd-druid': {
      modules: ['github.com/gardener/etcd-druid', 'github.com/gardener/etcd-druid/api'],
      owner: 'gardener',
      repo: 'etcd-druid',
      vectorPath: (version: string) => (compareVersions(version, 'v0.23.0') >= 0 ? 'internal/images/images.yaml' : 'charts/images.yaml'),
    },
  }),
);

/** The modules go.mod requires, with their versions (`replace` by another version wins; by a fork or a local path drops the module). */
export function parseGoMod(text: string): Map<string, string> {
  const required = new Map<string, string>();
  const replaced = new Map<string, string | null>();
  let block: 'require' | 'replace' | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '') continue;
    if (block && line === ')') {
      block = undefined;
      continue;
    }
    const opening = /^(require|replace)\s*\($/.exec(line);
    if (opening) {
      block = opening[1] as 'require' | 'replace';
      continue;
    }
    const single = /^(require|replace)\s+(.*)$/.exec(line);
    const kind = single ? (single[1] as 'require' | 'replace') : block;
    const rest = single ? single[2]! : line;
    if (kind === 'require') {
      const m = /^(\S+)\s+(v\S+)$/.exec(rest);
      if (m) required.set(m[1]!, m[2]!);
    } else if (kind === 'replace') {
      const m = /^(\S+)(?:\s+v\S+)?\s+=>\s+(\S+)(?:\s+(v\S+))?$/.exec(rest);
      // Replaced by another version of itself: that version. By a fork or a local folder: not the published vector.
      if (m) replaced.set(m[1]!, m[2] === m[1] && m[3] !== undefined ? m[3] : null);
    }
  }
  for (const [module, version] of replaced) {
    if (!required.has(module)) continue;
    if (version === null) required.delete(module);
    else required.set(module, version);
  }
  return required;
}

/**
 * The git ref of a module version: the tag, or the commit of a pseudo-version
 * (`v0.0.0-20240101120000-abcdef123456`). `+incompatible` is dropped.
 */
export function refOfVersion(version: string): string {
  const clean = version.replace(/\+incompatible$/, '');
  const pseudo = /-(?:0\.)?\d{14}-([0-9a-f]{12})$/.exec(clean);
  return pseudo ? pseudo[1]! : clean;
}

/** The pinned version of each known component, from go.mod's text. */
export function pinnedComponents(goMod: string): { component: string; module: string; version: string }[] {
  const required = parseGoMod(goMod);
  const out: { component: string; module: string; version: string }[] = [];
  for (const [component, spec] of Object.entries(COMPONENT_MODULES)) {
    const module = spec.modules.find((m) => required.has(m));
    if (module) out.push({ component, module, version: required.get(module)! });
  }
  return out;
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^v/, '').split(/[-+]/)[0]!.split('.').map((n) => Number(n) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
