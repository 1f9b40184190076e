// Nodes some alias (`*name`) refers to, shared by the readers that build
// trees and the walks that count alias expansions.

import type { YamlNode } from './yaml-tree.js';

export const aliasTargets = new WeakSet<YamlNode>();
