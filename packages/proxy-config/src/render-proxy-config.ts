import {
  type Document,
  isMap,
  isSeq,
  type Node,
  parseDocument,
  visit,
  YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { type AllowlistGap, allowlistGaps } from './allowlist-coverage.js';
import { checkProxyConfig, type Finding } from './check/check-proxy-config.js';
import {
  type HeaderAllowlistRepair,
  type HeaderNeed,
  repairHeaderAllowlists,
} from './header-allowlist-repair.js';
import { ProxyConfigError } from './proxy-config-error.js';
import { type ManagedTransform, refuseSessionTokens, renderAwsAuth } from './render-aws-auth.js';
import { renderNotes } from './render-notes.js';
import { renderSecrets } from './render-secrets.js';
import { type SecretSourceOptions, validateSecretSource } from './secret-sources.js';
import { secretsOf, sortedUnique, type ToolForProxy } from './tool-secrets.js';
import { transformEntries, transformList } from './transform-list.js';

/** Transform names the renderer owns: removed from the base and written anew. */
export const MANAGED_TRANSFORMS: readonly string[] = ['secrets', 'aws_auth'];

export interface RenderProxyConfigOptions {
  /** iron-proxy YAML to start from; its comments and unmanaged parts are kept in place. */
  readonly base: string;
  readonly tools: readonly ToolForProxy[];
  /** Backend the references resolve in; default `{type: 'env'}`. */
  readonly secretSource?: SecretSourceOptions;
}

export interface RenderedTransform {
  readonly name: 'aws_auth' | 'secrets';
  /** Position in the output's `transforms`. */
  readonly index: number;
  /** `tool/secret` labels it serves. */
  readonly secrets: readonly string[];
  readonly hosts: readonly string[];
}

export interface RenderReport {
  readonly rendered: readonly RenderedTransform[];
  /** Managed transforms found in the base (positions in the base) and replaced. */
  readonly removed: readonly { readonly name: string; readonly index: number }[];
  readonly headerAllowlistRepairs: readonly HeaderAllowlistRepair[];
  readonly allowlistGaps: readonly AllowlistGap[];
  /** One line per change, for people. */
  readonly changes: readonly string[];
  /** Things the output does that its author may not want. */
  readonly warnings: readonly string[];
  /** checkProxyConfig of the output. */
  readonly findings: readonly Finding[];
}

export interface RenderResult {
  readonly yaml: string;
  readonly report: RenderReport;
}

/**
 * Writes the iron-proxy config for `tools` into `base`: managed transforms are removed and
 * rendered again just before the first header_allowlist (at the end when there is none), header
 * allowlists are made to keep what the rendered transforms need. The output is a function of
 * the input alone, and rendering it again changes nothing.
 */
export function renderProxyConfig(options: RenderProxyConfigOptions): RenderResult {
  const sourceOptions = options.secretSource ?? { type: 'env' };
  validateSecretSource(sourceOptions);
  const { awsAuth, http } = secretsOf(options.tools);
  refuseSessionTokens(awsAuth);
  const managed = [...renderSecrets(http, sourceOptions), ...renderAwsAuth(awsAuth, sourceOptions)];

  const doc = parseBase(options.base);
  const list = transformList(doc, managed.length > 0);
  const { removed, rendered } = list
    ? replaceManaged(doc, list, managed)
    : { removed: [], rendered: [] };

  const entries = list ? transformEntries(list) : [];
  const headerAllowlists = entries.filter((entry) => entry.name === 'header_allowlist');
  const headerAllowlistRepairs = repairHeaderAllowlists(
    doc,
    headerAllowlists,
    needsOf(managed, http),
  );
  const allowlists = entries.filter((entry) => entry.name === 'allowlist');
  const gaps = allowlistGaps(allowlists, options.tools);

  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const notes = renderNotes({ rendered, removed, headerAllowlistRepairs, gaps, allowlists });
  return {
    yaml,
    report: {
      rendered,
      removed,
      headerAllowlistRepairs,
      allowlistGaps: gaps,
      ...notes,
      findings: checkProxyConfig(yaml),
    },
  };
}

/** Takes the managed transforms out of `list` and splices the new ones in. */
function replaceManaged(doc: Document, list: YAMLSeq, managed: readonly ManagedTransform[]) {
  const removed: { name: string; index: number }[] = [];
  for (const entry of transformEntries(list).reverse()) {
    if (!MANAGED_TRANSFORMS.includes(entry.name)) continue;
    list.items.splice(entry.index, 1);
    removed.unshift({ name: entry.name, index: entry.index });
    // YAML gives the comment above the first item to the list; it leaves with its transform.
    if (entry.index === 0) list.commentBefore = null;
  }

  const firstAllowlist = transformEntries(list).find((e) => e.name === 'header_allowlist');
  const at = firstAllowlist?.index ?? list.items.length;
  const nodes = managed.map((transform) => transformNode(doc, transform));
  list.items.splice(at, 0, ...nodes);

  // A blank line sets each transform apart, except the first, right below `transforms:`.
  if (removed.length > 0 || nodes.length > 0) {
    for (const node of nodes) node.spaceBefore = true;
    const first = list.items[0] as Node | undefined;
    if (first) first.spaceBefore = false;
  }

  const rendered: RenderedTransform[] = managed.map(({ name, secrets, hosts }, offset) => ({
    name,
    index: at + offset,
    secrets,
    hosts,
  }));
  return { removed, rendered };
}

function parseBase(base: string): Document {
  const doc = parseDocument(base);
  const [error] = doc.errors;
  if (error) throw new ProxyConfigError('E_BASE_YAML', 'base', error.message);
  if (doc.contents === null) doc.contents = new YAMLMap() as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) {
    throw new ProxyConfigError('E_BASE_YAML', 'base', 'expected a YAML mapping at the top');
  }
  return doc;
}

function needsOf(managed: readonly ManagedTransform[], http: ReturnType<typeof secretsOf>['http']) {
  const needs: HeaderNeed[] = [];
  const awsHosts = sortedUnique(
    managed.filter((t) => t.name === 'aws_auth').flatMap((t) => t.hosts),
  );
  if (awsHosts.length > 0) {
    needs.push({
      hosts: awsHosts,
      headers: 'aws',
      reason: 'aws_auth signs every header present, so one removed after it breaks the signature',
    });
  }
  for (const { secret, label } of http) {
    const literal = (secret.replace?.headers ?? []).filter((name) => !name.startsWith('/'));
    const headers = secret.header ? [secret.header] : literal;
    if (headers.length === 0) continue;
    needs.push({
      hosts: secret.hosts,
      headers,
      reason: `the secrets transform writes it for ${label}`,
    });
  }
  return needs;
}

// Secret sources and providers read best as one-line maps, as in iron-proxy's own examples.
const FLOW_KEYS = new Set([
  'access_key_id',
  'secret_access_key',
  'credentials_provider',
  'source',
  'allowed_regions',
  'allowed_services',
  'match_headers',
]);

function transformNode(doc: Document, transform: ManagedTransform): Node {
  const node = doc.createNode({ name: transform.name, config: transform.config }) as Node;
  visit(node, {
    Pair(_, pair) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      const value = pair.value;
      if (typeof key === 'string' && FLOW_KEYS.has(key) && (isMap(value) || isSeq(value))) {
        value.flow = true;
      }
    },
  });
  const owners = transform.secrets.join(', ');
  node.commentBefore = ` managed by keyless for ${owners}; rewritten on render`;
  return node;
}
