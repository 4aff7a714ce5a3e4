import { type Document, isMap, isScalar, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import { hostsMayOverlap } from './host-glob.js';
import { ProxyConfigError } from './proxy-config-error.js';
import { compileHeaderAllowlist, missingSigningHeaders } from './signing-headers.js';
import { ruleHosts, type TransformEntry } from './transform-list.js';

/** Headers a header_allowlist must keep for requests to `hosts`. */
export interface HeaderNeed {
  readonly hosts: readonly string[];
  /** `aws` keeps every AWS signing header; otherwise the literal header names listed. */
  readonly headers: 'aws' | readonly string[];
  readonly reason: string;
}

export interface HeaderAllowlistRepair {
  /** Index of the header_allowlist in `transforms`. */
  readonly index: number;
  readonly added: readonly string[];
  readonly reason: string;
}

/**
 * Adds to each header_allowlist the entries a need asks for, when the allowlist applies to the
 * need's hosts. Never removes an entry.
 */
export function repairHeaderAllowlists(
  doc: Document,
  allowlists: readonly TransformEntry[],
  needs: readonly HeaderNeed[],
): HeaderAllowlistRepair[] {
  const repairs: HeaderAllowlistRepair[] = [];
  for (const entry of allowlists) {
    const config = entry.node.get('config', true);
    const scope = ruleHosts(isMap(config) ? config.toJSON() : undefined);

    for (const need of needs) {
      const applies =
        scope === undefined || scope.some((a) => need.hosts.some((b) => hostsMayOverlap(a, b)));
      if (!applies) continue;

      const headers = headersNode(entry);
      const current = headers.toJSON().map(String);
      const missing =
        need.headers === 'aws'
          ? missingSigningHeaders(current)
          : need.headers.filter((name) => !compileHeaderAllowlist(current)(name));
      if (missing.length === 0) continue;

      for (const header of missing) headers.add(doc.createNode(header));
      repairs.push({ index: entry.index, added: missing, reason: need.reason });
    }
  }
  return repairs;
}

function headersNode(entry: TransformEntry): YAMLSeq {
  const existing: unknown = entry.node.get('config', true);
  let config: YAMLMap;
  if (isMap(existing)) config = existing;
  else {
    config = new YAMLMap();
    entry.node.set('config', config);
  }

  const headers = config.get('headers', true);
  if (isSeq(headers)) return headers;
  if (headers !== undefined && !(isScalar(headers) && headers.value === null)) {
    throw new ProxyConfigError(
      'E_BASE_YAML',
      `base: transforms[${entry.index}].config.headers`,
      'expected a list of header names',
    );
  }
  const created = new YAMLSeq();
  config.set('headers', created);
  return created;
}
