import { formatIntervalList } from '../constraint/format.js';
import type { ResolvedRow, VersionInterval } from '../types.js';
import { listArchitectures } from './region-text.js';
import type { Rule } from './rule.js';

export const disallowedRegistry: Rule = {
  id: 'disallowed-registry',
  defaultSeverity: 'error',
  description:
    'A resolved image (after overwrites and component overwrites) comes from a registry outside `registries.allowed`: the landscape would pull from outside its mirrors.',
  check(context) {
    const allowed = context.config.registries?.allowed;
    if (!allowed) return;
    // One finding per image, image string, winning entry and range; architectures joined.
    const byKey = new Map<string, { row: ResolvedRow; architectures: string[] }>();
    for (const row of context.resolved) {
      if (!row.disallowedRegistry) continue;
      const key = JSON.stringify([row.image, row.imageString, row.source, row.runtimeVersion, row.targetVersion]);
      const found = byKey.get(key);
      if (found) found.architectures.push(row.architecture);
      else byKey.set(key, { row, architectures: [row.architecture] });
    }
    for (const { row, architectures } of byKey.values()) {
      const component = row.source.component === undefined ? '' : ` (component \`${row.source.component}\`)`;
      context.report({
        file: row.source.file,
        // At the repository value (the registry is its first segment), else the entry.
        position: { ...(row.source.fields?.repository ?? { line: row.source.line, column: row.source.column }), offset: 0 },
        message: `\`${row.image}\`${component} resolves to ${JSON.stringify(row.imageString)} for ${listArchitectures(architectures)} at ${range(row)}, a registry outside \`registries.allowed\` (${allowed.join(', ')}). Point this entry at an allowed registry, or add an overwrite entry with the same runtimeVersion, targetVersion and architectures that does.`,
      });
    }
  },
};

function isAny(intervals: readonly VersionInterval[]): boolean {
  return intervals.length === 1 && intervals[0]!.lo === '0.0.0' && intervals[0]!.hi === null;
}

function range(row: ResolvedRow): string {
  const parts: string[] = [];
  if (!isAny(row.runtimeVersion)) parts.push(`runtimeVersion ${formatIntervalList(row.runtimeVersion)}`);
  if (!isAny(row.targetVersion)) parts.push(`targetVersion ${formatIntervalList(row.targetVersion)}`);
  return parts.length > 0 ? parts.join(' and ') : 'every version';
}
