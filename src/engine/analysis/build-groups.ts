import { analyseGroup, type VectorGroup } from './vector-group.js';
import { mergeImageVectors } from './merge.js';
import { readImageVector } from '../reading/image-source-reader.js';
import { readFile } from '../reading/read-file.js';
import type { ReadVector } from '../rules/rule.js';
import { ownValue } from '../records.js';
import type { ImageSource, LintConfig, LintInput } from '../types.js';

/**
 * The vectors Gardener resolves from. Each base file is one vector; an
 * overwrite file merges over the base vectors that hold its image names (or
 * over the only base vector, or stands alone when none was given). Each
 * component's overwrite merges over that component's own vector when the
 * configuration names it, and stands alone otherwise.
 */
export function buildGroups(vectors: readonly ReadVector[], config: LintConfig): VectorGroup[] {
  const bases = vectors.filter((v) => v.vector.kind === 'base');
  const overwrites = vectors.filter((v) => v.vector.kind === 'overwrite');
  const componentVectors = vectors.filter((v) => v.vector.kind === 'components');
  const extensionsByFile = new Map<string, Set<string>>();
  for (const { doc } of overwrites) {
    if (doc.extension === undefined) continue;
    let set = extensionsByFile.get(doc.file);
    if (!set) extensionsByFile.set(doc.file, (set = new Set()));
    set.add(doc.extension);
  }
  const forSeveralExtensions = (read: ReadVector) => read.doc.extension !== undefined && (extensionsByFile.get(read.doc.file)?.size ?? 0) > 1;
  const layers = bases.map((base) => ({ label: labelOf(base), base: base.vector.images, overwrites: [] as ImageSource[][] }));
  const alone: { label: string; base: ImageSource[]; overwrites: ImageSource[][] }[] = [];
  const extensionLayers = new Map<string, (typeof layers)[number]>();
  // Which base files hold an image name (each file once): the overwrite's target is found from its own names.
  // Built for the first overwrite that needs it (most runs lint base files alone: no index to build).
  let byName: Map<string, number[]> | undefined;
  const layersByName = (): Map<string, number[]> => {
    if (byName) return byName;
    byName = new Map();
    for (let index = 0; index < layers.length; index++) {
      for (const image of layers[index]!.base) {
        const holders = byName.get(image.name);
        if (!holders) byName.set(image.name, [index]);
        else if (holders[holders.length - 1] !== index) holders.push(index);
      }
    }
    return byName;
  };
  for (const overwrite of overwrites) {
    // An overwrite in the values of a ControllerDeployment whose extension's vector is configured: merged over that vector.
    const extension = overwrite.doc.extension;
    const own = extension === undefined ? undefined : ownValue(config.extensionVectors ?? {}, extension);
    if (extension !== undefined && own) {
      let layer = extensionLayers.get(extension);
      if (!layer) {
        layer = { label: `${own.path} (extension ${extension})`, base: readOwnVector(own, config), overwrites: [] };
        extensionLayers.set(extension, layer);
      }
      layer.overwrites.push(overwrite.vector.images);
      overwrite.extension = { name: extension, images: new Set(layer.base.map((image) => image.name)) };
      continue;
    }
    // Gardener merges an overwrite over one vector (IMAGEVECTOR_OVERWRITE over
    // the containers, IMAGEVECTOR_OVERWRITE_CHARTS over the charts): the base
    // file that shares the most image names with it, or the only one.
    // Counted through the name index: one look-up per name, not a scan of every base file.
    const shared = new Map<number, number>();
    const holdersOf = layersByName();
    for (const name of new Set(overwrite.vector.images.map((image) => image.name))) {
      for (const index of holdersOf.get(name) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    let targetIndex = -1;
    let best = 0;
    for (const [index, count] of shared) {
      if (count > best || (count === best && index < targetIndex)) [targetIndex, best] = [index, count];
    }
    let target = targetIndex < 0 ? undefined : layers[targetIndex];
    // A file that configures several extensions (ControllerDeployments) holds
    // overwrites for vectors other than this repository's: only shared names tie them to a base.
    if (!target && layers.length === 1 && !forSeveralExtensions(overwrite)) target = layers[0];
    if (target) target.overwrites.push(overwrite.vector.images);
    else {
      alone.push({ label: labelOf(overwrite), base: [], overwrites: [overwrite.vector.images] });
      if (overwrite.doc.extension !== undefined) overwrite.alone = true;
    }
  }
  const groups = [...layers, ...extensionLayers.values(), ...alone].map((layer) =>
    analyseGroup(layer.label, mergeImageVectors([layer.base, ...layer.overwrites], layer.overwrites.length > 0), layer.overwrites.length > 0),
  );
  for (const overwrite of componentVectors) {
    const component = overwrite.doc.component ?? '';
    // The component's name comes from the file: `constructor` must not find Object.
    const own = ownValue(config.componentVectors, component);
    const base = own ? readOwnVector(own, config) : [];
    groups.push(
      analyseGroup(
        `${labelOf(overwrite)} (component ${component})`,
        mergeImageVectors([base, overwrite.vector.images], true),
        true,
        component,
      ),
    );
  }
  return groups;
}

/** A component's own vector, configured by the user: read for its names and entries only. */
function readOwnVector(input: LintInput, config: LintConfig): ImageSource[] {
  const parsed = readFile({ ...input, kind: 'base' }, config);
  return parsed.documents.flatMap((doc) => readImageVector(doc).images);
}

function labelOf(read: ReadVector): string {
  return read.doc.container === 'the file' ? read.doc.file : `${read.doc.file} (${read.doc.container})`;
}
