import type { VectorKind } from './types.js';

// Finding vectors by content, for runs that name no files. Cheap text tests
// first (this runs over every YAML file in a repository), no parsing.

const IMAGES_LIST = /^images:[ \t]*(#.*)?\r?\n(?:[ \t]*(#.*)?\r?\n)*[ \t]*- /m;
const COMPONENTS_LIST = /^components:[ \t]*(#.*)?\r?\n(?:[ \t]*(#.*)?\r?\n)*[ \t]*- +name:/m;
const ENTRY_FIELDS = /^[ \t-]*(repository|ref|tag|runtimeVersion|targetVersion):/m;
const EMBEDDED_OVERWRITE = /^[ \t]*imageVectorOverwrite:/m;
const EMBEDDED_COMPONENTS = /^[ \t]*componentImageVectorOverwrites?:/m;

/**
 * Tells whether a YAML text is a base vector, an overwrite, or a component
 * overwrite file. A vector is "overwrite" when its path or its shape says so
 * (a ConfigMap, Helm values with `imageVectorOverwrite`).
 */
export function classifyVectorText(text: string, path = ''): VectorKind | undefined {
  // Each pattern needs a word that indexOf finds far faster than a multi-line
  // regex scans a file that lacks it (most files lack most of them).
  const components = text.includes('components:');
  const overwrite = text.includes('imageVectorOverwrite');
  if (components && overwrite && COMPONENTS_LIST.test(text) && /imageVectorOverwrite:/.test(text)) return 'components';
  if (text.includes('mponentImageVectorOverwrite') && EMBEDDED_COMPONENTS.test(text)) return 'components';
  if (overwrite && EMBEDDED_OVERWRITE.test(text)) return 'overwrite';
  const configMap = text.includes('ConfigMap');
  if (text.includes('images:') && IMAGES_LIST.test(text) && ENTRY_FIELDS.test(text)) {
    if (/overwrite|override/i.test(path) || (configMap && /^kind:[ \t]*ConfigMap/m.test(text))) return 'overwrite';
    return 'base';
  }
  if (configMap && /^kind:[ \t]*ConfigMap/m.test(text) && /^[ \t]+images:[ \t]*$/m.test(text) && ENTRY_FIELDS.test(text)) return 'overwrite';
  return undefined;
}
