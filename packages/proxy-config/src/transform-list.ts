import { type Document, isMap, isScalar, isSeq, type YAMLMap, YAMLSeq } from 'yaml';
import { ProxyConfigError } from './proxy-config-error.js';

/** An entry of `transforms` that has a name; entries without one are left to the checker. */
export interface TransformEntry {
  readonly index: number;
  readonly name: string;
  readonly node: YAMLMap;
}

/** The `transforms` list of the document, created when `create` is set and it is absent. */
export function transformList(doc: Document, create: boolean): YAMLSeq | undefined {
  const root = doc.contents;
  if (!isMap(root)) throw new ProxyConfigError('E_BASE_YAML', 'base', 'expected a YAML mapping');
  const list = root.get('transforms', true);
  if (isSeq(list)) return list;
  const absent = list === undefined || (isScalar(list) && list.value === null);
  if (!absent) {
    throw new ProxyConfigError('E_BASE_YAML', 'base: transforms', 'expected a list of transforms');
  }
  if (!create) return undefined;
  const created = new YAMLSeq();
  root.set('transforms', created);
  return created;
}

export function transformEntries(list: YAMLSeq): TransformEntry[] {
  return list.items.flatMap((node, index) => {
    if (!isMap(node)) return [];
    const name = node.get('name');
    return typeof name === 'string' ? [{ index, name, node }] : [];
  });
}

/** Host patterns of a transform's `rules`; undefined when it has none (it applies everywhere). */
export function ruleHosts(config: unknown): string[] | undefined {
  const rules = (config as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules) || rules.length === 0) return undefined;
  // A CIDR rule can match any host name's address, so it counts as the match-all host.
  return rules.map((rule) => {
    const host = (rule as { host?: unknown } | null)?.host;
    return typeof host === 'string' ? host : '*';
  });
}
