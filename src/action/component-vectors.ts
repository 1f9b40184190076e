import * as path from 'node:path';
import type { LintConfig, LintInput } from '../engine/types.js';
import { decodeSource } from '../engine/yaml/index.js';
import { COMPONENT_MODULES, pinnedComponents, refOfVersion } from '../workspace/component-modules.js';
import { readConfined } from '../workspace/confined-file.js';
import { describeApiError, type GitHubApi } from './github-api-helper.js';

// Input `component-vectors: go.mod`: a component overwrite (etcd-druid) is
// checked against the vector of the component version the repository pins in
// its go.mod, read from the component's public repository at that tag. One
// request per component, cached for the run (the base comparison reuses it).

const MAX_GO_MOD_BYTES = 1024 * 1024;

const cache = new Map<string, Promise<Uint8Array | undefined>>();

export interface ComponentVectorsFromGoMod {
  vectors: Record<string, LintInput>;
  /** One line per component read or not read, for the log. */
  notes: string[];
  warnings: string[];
}

export async function componentVectorsFromGoMod(options: {
  workspace: string;
  api: Pick<GitHubApi, 'getFileAtRef'> | undefined;
  config: LintConfig;
  maxFileBytes: number;
}): Promise<ComponentVectorsFromGoMod> {
  const result: ComponentVectorsFromGoMod = { vectors: Object.create(null) as Record<string, LintInput>, notes: [], warnings: [] };
  const goMod = readConfined(path.join(options.workspace, 'go.mod'), { root: options.workspace, maxBytes: MAX_GO_MOD_BYTES });
  if (!goMod.ok) {
    result.warnings.push(`component-vectors: go.mod: no go.mod to read the component versions from (${goMod.message}).`);
    return result;
  }
  const text = decodeSource(goMod.content, MAX_GO_MOD_BYTES);
  if (!text.ok) {
    result.warnings.push(`component-vectors: go.mod cannot be read: ${text.problem}.`);
    return result;
  }
  for (const { component, module, version } of pinnedComponents(text.text)) {
    if (Object.prototype.hasOwnProperty.call(options.config.componentVectors, component)) continue; // the configuration wins
    const spec = COMPONENT_MODULES[component]!;
    const ref = refOfVersion(version);
    const file = spec.vectorPath(version);
    const shown = `${spec.owner}/${spec.repo}@${version}:${file}`;
    if (!options.api) {
      result.warnings.push(`component-vectors: go.mod pins ${module} ${version}, but there is no token to read ${shown} with.`);
      continue;
    }
    const key = `${spec.owner}/${spec.repo}@${ref}:${file}`;
    let request = cache.get(key);
    if (!request) cache.set(key, (request = options.api.getFileAtRef(spec.owner, spec.repo, file, ref)));
    try {
      const content = await request;
      if (!content) {
        result.warnings.push(`component-vectors: ${shown} does not exist; the overwrite of ${component} is not checked against its images.`);
        continue;
      }
      if (content.byteLength > options.maxFileBytes) {
        result.warnings.push(`component-vectors: ${shown} is larger than maxFileBytes; not used.`);
        continue;
      }
      result.vectors[component] = { path: shown, kind: 'base', content };
      result.notes.push(`Component ${component}: its image vector at ${version} (go.mod ${module}), ${shown}.`);
    } catch (error) {
      result.warnings.push(`component-vectors: reading ${shown} failed: ${describeApiError(error)}; the overwrite of ${component} is not checked against its images.`);
    }
  }
  return result;
}
