import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mockttp from 'mockttp';
import { forward, type Upstream } from './forward.js';
import { buildPipeline } from './pipeline.js';
import { headersFromRaw, type ProxiedRequest, removeHopByHopHeaders } from './request.js';

export interface IronProxyModelOptions {
  /** iron-proxy config YAML; its `transforms` run on every request. */
  config: string;
  /** The proxy's own environment: where `env` secret sources read the real keys. */
  env: NodeJS.ProcessEnv;
  upstream: Upstream;
}

export interface ProxyLogEntry {
  method: string;
  host: string;
  statusCode: number;
  /** Name of the transform that answered instead of forwarding. */
  rejectedBy?: string;
  /** Headers as they left for the upstream. */
  forwardedHeaders?: string[];
}

export interface IronProxyModel {
  /** For `HTTPS_PROXY`. */
  url: string;
  /** The CA the proxy signs intercepted hosts with; clients must trust it. */
  caCertPem: string;
  caCertPath: string;
  log: ProxyLogEntry[];
  close(): Promise<void>;
}

/** Starts an intercepting HTTPS proxy that treats each request as iron-proxy's pipeline does. */
export async function startIronProxyModel(options: IronProxyModelOptions): Promise<IronProxyModel> {
  const transforms = buildPipeline(options.config, options.env);
  const ca = await mockttp.generateCACertificate({
    subject: { commonName: 'iron-proxy model CA' },
  });
  const caCertPath = join(mkdtempSync(join(tmpdir(), 'iron-proxy-model-')), 'ca.pem');
  writeFileSync(caCertPath, ca.cert);

  const server = mockttp.getLocal({ https: { key: ca.key, cert: ca.cert } });
  await server.start();
  const log: ProxyLogEntry[] = [];

  await server.forAnyRequest().thenCallback(async (incoming) => {
    const headers = headersFromRaw(incoming.rawHeaders);
    const chunked = headers.get('transfer-encoding')?.some((v) => /chunked/i.test(v)) ?? false;
    headers.delete('transfer-encoding');
    const url = new URL(incoming.url);
    const request: ProxiedRequest = {
      method: incoming.method,
      host: url.hostname,
      path: url.pathname + url.search,
      headers,
      chunked,
      body: incoming.body.buffer,
    };
    const entry: ProxyLogEntry = { method: request.method, host: request.host, statusCode: 0 };
    log.push(entry);

    for (const transform of transforms) {
      const outcome = await transform.apply(request);
      if (outcome.action === 'reject') {
        entry.statusCode = outcome.response.statusCode;
        entry.rejectedBy = transform.name;
        return { ...outcome.response, rawBody: outcome.response.body, body: undefined };
      }
    }

    removeHopByHopHeaders(request.headers);
    entry.forwardedHeaders = [...request.headers.keys()];
    const response = await forward(request, options.upstream).catch((error: Error) => ({
      statusCode: 502,
      headers: { 'content-type': 'text/plain' },
      body: Buffer.from(`iron-proxy model: upstream failed: ${error.message}`),
    }));
    entry.statusCode = response.statusCode;
    return { statusCode: response.statusCode, headers: response.headers, rawBody: response.body };
  });

  return {
    // A plain-HTTP CONNECT address, like iron-proxy's tunnel listener.
    url: `http://127.0.0.1:${server.port}`,
    caCertPem: ca.cert,
    caCertPath,
    log,
    close: () => server.stop(),
  };
}
