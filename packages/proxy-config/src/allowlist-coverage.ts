import { hostCovers } from './host-glob.js';
import { sortedUnique, type ToolForProxy } from './tool-secrets.js';
import type { TransformEntry } from './transform-list.js';

export interface AllowlistGap {
  /** Index of the allowlist in `transforms`. */
  readonly index: number;
  readonly tool: string;
  readonly host: string;
}

interface AllowlistConfig {
  domains?: unknown;
  rules?: unknown;
  warn?: unknown;
}

/**
 * Hosts of each tool (its own and its secrets') that an enforcing allowlist does not let
 * through. AWS JSON protocols send POST /, so a rule limited to other methods or to paths does
 * not count.
 */
export function allowlistGaps(
  allowlists: readonly TransformEntry[],
  tools: readonly ToolForProxy[],
): AllowlistGap[] {
  const gaps: AllowlistGap[] = [];
  for (const entry of allowlists) {
    const config = (entry.node.toJSON().config ?? {}) as AllowlistConfig;
    if (config.warn === true) continue;
    const patterns = coveringPatterns(config);

    for (const tool of tools) {
      const secretHosts = tool.manifest.secrets.flatMap((secret) => secret.hosts);
      for (const host of sortedUnique([...tool.manifest.hosts, ...secretHosts])) {
        if (!patterns.some((pattern) => hostCovers(pattern, host))) {
          gaps.push({ index: entry.index, tool: tool.name, host });
        }
      }
    }
  }
  return gaps.sort((a, b) => a.index - b.index || (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
}

function coveringPatterns(config: AllowlistConfig): string[] {
  const domains = Array.isArray(config.domains) ? config.domains.map(String) : [];
  const rules = Array.isArray(config.rules) ? config.rules : [];
  const ruleHosts = rules.flatMap(
    (rule: { host?: unknown; methods?: unknown; paths?: unknown }) => {
      if (typeof rule?.host !== 'string') return [];
      const paths = Array.isArray(rule.paths) ? rule.paths : [];
      const methods = Array.isArray(rule.methods) ? rule.methods.map(String) : [];
      const anyMethod =
        methods.length === 0 || methods.some((method) => method === '*' || /^post$/i.test(method));
      return anyMethod && paths.length === 0 ? [rule.host] : [];
    },
  );
  return [...domains, ...ruleHosts];
}
