import { LineCounter, parseDocument } from 'yaml';
import { hostsMayOverlap } from '../host-glob.js';
import { nearestKey } from '../nearest-key.js';
import { missingSigningHeaders } from '../signing-headers.js';
import { ruleHosts } from '../transform-list.js';
import { checkShape, isMapping } from './check-shape.js';
import { TRANSFORM_CHECKS } from './check-transforms.js';
import { type Finding, Findings } from './findings.js';
import {
  TOP_LEVEL,
  TRANSFORM_CONFIGS,
  TRANSFORM_ENTRY,
  TRANSFORM_NAMES,
} from './iron-proxy-shapes.js';

export type { Finding } from './findings.js';

interface Transform {
  readonly index: number;
  readonly name: string;
  readonly config: Record<string, unknown>;
}

/**
 * Checks an iron-proxy config against the keys iron-proxy reads: what stops it at start
 * (errors), what it would silently ignore or leave open (errors and warnings), and header
 * allowlists that would break aws_auth signatures. Never throws.
 */
export function checkProxyConfig(yaml: string): Finding[] {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines });
  const findings = new Findings(doc, lines);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) findings.error([], `not valid YAML: ${error.message}`);
    return findings.list;
  }

  let root: unknown;
  try {
    root = doc.toJS() ?? {};
  } catch (error) {
    // Alias bombs and the like: the yaml library refuses to expand them, as it should.
    findings.error([], `not usable YAML: ${(error as Error).message}`);
    return findings.list;
  }
  if (!isMapping(root)) {
    findings.error([], 'expected a mapping at the top of the file');
    return findings.list;
  }
  checkShape(root, TOP_LEVEL, [], 'refused', findings);

  const transforms = transformsOf(root.transforms, findings);
  for (const { index, name, config } of transforms) {
    const path = ['transforms', index, 'config'];
    const shape = TRANSFORM_CONFIGS[name];
    if (!shape) continue;
    checkShape(config, shape, path, 'ignored', findings);
    TRANSFORM_CHECKS[name]?.(config, path, findings);
  }
  checkSigning(transforms, findings);
  checkSettings(root, transforms, findings);
  return findings.list;
}

function transformsOf(value: unknown, findings: Findings): Transform[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    findings.error(['transforms'], 'expected a list of {name, config}');
    return [];
  }
  return value.flatMap((entry, index): Transform[] => {
    const path = ['transforms', index];
    checkShape(entry, TRANSFORM_ENTRY, path, 'refused', findings);
    if (!isMapping(entry)) return [];
    const name = entry.name;
    if (typeof name !== 'string' || name === '') {
      findings.error([...path, 'name'], 'a transform requires a name');
      return [];
    }
    if (!TRANSFORM_NAMES.includes(name)) {
      const guess = nearestKey(name, TRANSFORM_NAMES);
      const hint = guess ? `; did you mean "${guess}"?` : '';
      findings.error(
        [...path, 'name'],
        `unknown transform "${name}": iron-proxy refuses it${hint}`,
      );
      return [];
    }
    const config = isMapping(entry.config) ? entry.config : {};
    return [{ index, name, config }];
  });
}

// A header_allowlist after aws_auth sees the freshly signed request: whatever it strips, AWS
// finds missing from the signature.
function checkSigning(transforms: readonly Transform[], findings: Findings): void {
  for (const signer of transforms.filter((t) => t.name === 'aws_auth')) {
    const signed = ruleHosts(signer.config) ?? ['*'];
    for (const later of transforms.filter((t) => t.name === 'header_allowlist')) {
      if (later.index < signer.index) continue;
      const scope = ruleHosts(later.config) ?? ['*'];
      if (!scope.some((a) => signed.some((b) => hostsMayOverlap(a, b)))) continue;
      const headers = Array.isArray(later.config.headers) ? later.config.headers.map(String) : [];
      const missing = missingSigningHeaders(headers);
      if (missing.length === 0) continue;
      findings.error(
        ['transforms', later.index, 'config', 'headers'],
        `runs after aws_auth (transforms[${signer.index}]) and strips headers it signs or ` +
          `writes, which AWS then rejects; add ${missing.join(', ')}`,
      );
    }
  }
}

// The checks iron-proxy's Validate makes. Values an IRON_* variable can supply are warnings.
function checkSettings(
  root: Record<string, unknown>,
  transforms: readonly Transform[],
  findings: Findings,
): void {
  const section = (key: string) => (isMapping(root[key]) ? root[key] : {});
  const tls = section('tls');
  const mode = tls.mode ?? 'mitm';
  if (mode !== 'mitm' && mode !== 'sni-only') {
    findings.error(
      ['tls', 'mode'],
      `tls.mode must be mitm or sni-only, got ${JSON.stringify(mode)}`,
    );
  }
  if (mode === 'sni-only' && transforms.some((t) => t.name === 'aws_auth')) {
    findings.error(['tls', 'mode'], 'aws_auth needs tls.mode mitm: sni-only never sees a request');
  }
  if (mode === 'mitm') {
    for (const key of ['ca_cert', 'ca_key']) {
      if (!tls[key]) {
        findings.warning(
          ['tls', key],
          `tls.${key} is required unless IRON_TLS_${key.toUpperCase()} is set`,
        );
      }
    }
  }
  const dns = section('dns');
  if (dns.enabled !== false && !dns.proxy_ip) {
    findings.warning(
      ['dns', 'proxy_ip'],
      'dns.proxy_ip is required while DNS is on, unless IRON_DNS_PROXY_IP is set',
    );
  }
  const level = section('log').level;
  if (level !== undefined && !['debug', 'info', 'warn', 'error'].includes(String(level))) {
    findings.error(['log', 'level'], `log.level must be debug, info, warn or error, got ${level}`);
  }
}
