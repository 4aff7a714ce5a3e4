import type { ClientRequest } from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Agent, type AgentConnectOpts } from 'agent-base';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';
import type { Environment } from './options.js';
import { loadTrustedCa } from './trustedCa.js';

/**
 * Headers that iron-proxy removes after its aws_auth transform has signed every header present.
 * Sending any of them would make AWS reject the re-signed request, so none is ever sent.
 */
export const HOP_BY_HOP_HEADERS = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
] as const;

/**
 * The SDK request handler: keep-alive sockets, HTTPS_PROXY / HTTP_PROXY / NO_PROXY honoured per
 * destination (CONNECT tunnels), extra CA certificates trusted, and no hop-by-hop header sent.
 */
export function createRequestHandler(env: Environment): NodeHttpHandler {
  const ca = loadTrustedCa(env);
  return new NodeHttpHandler({
    httpAgent: new EgressAgent('http:', env, ca),
    httpsAgent: new EgressAgent('https:', env, ca),
  });
}

/** Which proxy (if any) the environment names for a URL, NO_PROXY applied. */
export function proxyForUrl(url: string, env: Environment): string {
  if (env === process.env) return getProxyForUrl(url);

  // proxy-from-env reads process.env only. The lookup is synchronous, so the environment given to
  // the tool can stand in for process.env during the call without any other code seeing it.
  const saved = process.env;
  process.env = env;
  try {
    return getProxyForUrl(url);
  } finally {
    process.env = saved;
  }
}

// Node calls Agent#addRequest for every request but @types/node does not declare it.
type AddRequest = (this: Agent, req: ClientRequest, options: AgentConnectOpts) => void;
const addRequestToPool = (Agent.prototype as unknown as { addRequest: AddRequest }).addRequest;

class EgressAgent extends Agent {
  readonly #env: Environment;
  readonly #ca: string[] | undefined;
  readonly #proxyAgents = new Map<string, HttpsProxyAgent<string>>();

  constructor(protocol: 'http:' | 'https:', env: Environment, ca: string[] | undefined) {
    // The CA list stays out of the agent options: Node folds every option into the key of the
    // socket pool, and joining ~150 certificates on each request costs more than the request.
    super({ keepAlive: true, maxSockets: 50 });
    this.protocol = protocol;
    this.#env = env;
    this.#ca = ca;
  }

  // Runs inside the ClientRequest constructor, before the request head is rendered. Since
  // Node 20 a request whose Connection header was removed still keeps its socket alive
  // (HTTP/1.1 persistence is the default), so removing it costs no connection reuse.
  addRequest(req: ClientRequest, options: AgentConnectOpts): void {
    for (const header of HOP_BY_HOP_HEADERS) req.removeHeader(header);
    addRequestToPool.call(this, req, { ...options, secureEndpoint: this.protocol === 'https:' });
  }

  override async connect(
    _req: ClientRequest,
    options: AgentConnectOpts,
  ): Promise<net.Socket | HttpsProxyAgent<string>> {
    const scheme = options.secureEndpoint ? 'https' : 'http';
    const host = net.isIPv6(options.host ?? '') ? `[${options.host}]` : options.host;
    const proxy = proxyForUrl(`${scheme}://${host}:${options.port}`, this.#env);
    if (proxy) return this.#proxyAgent(proxy);

    if (!options.secureEndpoint) return net.connect(options as net.NetConnectOpts);
    const { servername, ...rest } = options as tls.ConnectionOptions;
    // SNI carries host names only; a literal IP address there is refused by RFC 6066.
    const sni = servername && !net.isIP(servername) ? { servername } : {};
    return tls.connect({ ...rest, ...sni, ...(this.#ca ? { ca: this.#ca } : {}) });
  }

  #proxyAgent(proxy: string): HttpsProxyAgent<string> {
    let agent = this.#proxyAgents.get(proxy);
    if (!agent) {
      agent = new TunnelAgent(proxy, this.#ca);
      this.#proxyAgents.set(proxy, agent);
    }
    return agent;
  }

  override destroy(): void {
    for (const agent of this.#proxyAgents.values()) agent.destroy();
    super.destroy();
  }
}

/** A CONNECT tunnel through `proxy`; the CA list checks both an https proxy and the endpoint. */
class TunnelAgent extends HttpsProxyAgent<string> {
  readonly #ca: string[] | undefined;

  constructor(proxy: string, ca: string[] | undefined) {
    super(proxy, { keepAlive: true, maxSockets: 50, ...(ca ? { ca } : {}) });
    this.#ca = ca;
  }

  override connect(req: ClientRequest, options: AgentConnectOpts): Promise<net.Socket> {
    if (!this.#ca || !options.secureEndpoint) return super.connect(req, options);
    return super.connect(req, { ...options, ca: this.#ca });
  }
}
