import type { SourcePosition } from '../types.js';
import type { YamlNode } from '../yaml/index.js';
import { isMapping, isScalar, mappingValue, type VectorDocument } from './vector-document.js';

/** One item of a component overwrite file, before its embedded vector is read. */
export interface ComponentItem {
  name: string;
  position: SourcePosition;
  namePosition: SourcePosition;
  /** The `imageVectorOverwrite` value: Gardener requires a string. */
  overwrite: YamlNode | undefined;
}

/** Reads `components:` as Gardener does (name as a Go string; null = empty). */
export function readComponentItems(doc: VectorDocument): ComponentItem[] {
  if (!isMapping(doc.root)) return [];
  const list = mappingValue(doc.root, 'components');
  if (list?.kind !== 'sequence') return [];
  const items: ComponentItem[] = [];
  for (const item of list.items) {
    if (!isMapping(item)) continue;
    const nameNode = mappingValue(item, 'name');
    items.push({
      name: isScalar(nameNode) ? nameNode.value.goString : '',
      position: doc.position(item.start),
      namePosition: doc.position((nameNode ?? item).start),
      overwrite: mappingValue(item, 'imageVectorOverwrite'),
    });
  }
  return items;
}
