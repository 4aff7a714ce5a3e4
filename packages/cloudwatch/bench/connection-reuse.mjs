// What does sending no Connection header cost? Node >= 20 keeps an HTTP/1.1 connection alive
// when the header is removed, so the package keeps connection reuse; this measures it against
// the SDK's own handler (which sends `Connection: keep-alive`) and against no reuse at all (one
// new connection, and for HTTPS one TLS handshake, per call). Local server, sequential calls.
//
//   pnpm --filter @keyless/cloudwatch run build
//   node packages/cloudwatch/bench/connection-reuse.mjs

import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import forge from 'node-forge';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const { CloudWatchLogsClient, DescribeLogGroupsCommand } = await import(
  '@aws-sdk/client-cloudwatch-logs'
);
const { NodeHttpHandler } = await import('@smithy/node-http-handler');
const { createCloudWatchTool } = await import('../dist/index.mjs');

const CALLS_PER_ROUND = 40;
const ROUNDS = 5;

function selfSignedPki() {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs1',
    format: 'pem',
  });
  const key = forge.pki.privateKeyFromPem(pem.toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  cert.setSubject([{ name: 'commonName', value: '127.0.0.1' }]);
  cert.setIssuer([{ name: 'commonName', value: '127.0.0.1' }]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { key: forge.pki.privateKeyToPem(key), cert: forge.pki.certificateToPem(cert) };
}

async function startServer(tls) {
  const stats = { connections: 0, connectionHeaders: 0 };
  const listener = (req, res) => {
    if (req.headers.connection !== undefined) stats.connectionHeaders += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end('{"logGroups":[]}');
    });
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  server.on(tls ? 'secureConnection' : 'connection', () => {
    stats.connections += 1;
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { url, stats, close };
}

// The transport a Node client had before it kept connections without the header: the
// Connection header removed and the socket closed after each response.
class NoReuseAgent extends https.Agent {
  addRequest(req, options) {
    req.removeHeader('connection');
    return super.addRequest(req, options);
  }
}
class NoReuseHttpAgent extends http.Agent {
  addRequest(req, options) {
    req.removeHeader('connection');
    return super.addRequest(req, options);
  }
}

function variants(url, pki, caFile) {
  const sdk = (requestHandler) =>
    new CloudWatchLogsClient({
      endpoint: url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
      ...(requestHandler ? { requestHandler } : {}),
    });
  const ca = pki ? { ca: [pki.cert] } : {};
  const tool = createCloudWatchTool({
    endpoint: url,
    env: caFile ? { AWS_CA_BUNDLE: caFile } : {},
  });
  const sdkDefault = sdk(
    pki
      ? new NodeHttpHandler({ httpsAgent: new https.Agent({ keepAlive: true, ...ca }) })
      : undefined,
  );
  const noReuse = sdk(
    new NodeHttpHandler({
      httpAgent: new NoReuseHttpAgent({ keepAlive: false }),
      httpsAgent: new NoReuseAgent({ keepAlive: false, ...ca }),
    }),
  );
  return [
    {
      name: '@keyless/cloudwatch (no Connection header, reuse)',
      call: () => tool.listLogGroups(),
      close: () => tool.destroy(),
    },
    {
      name: 'SDK default handler (Connection: keep-alive)',
      call: () => sdkDefault.send(new DescribeLogGroupsCommand({})),
      close: () => sdkDefault.destroy(),
    },
    {
      name: 'no Connection header, no reuse',
      call: () => noReuse.send(new DescribeLogGroupsCommand({})),
      close: () => noReuse.destroy(),
    },
  ];
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(protocol) {
  const pki = protocol === 'https' ? selfSignedPki() : undefined;
  let caFile;
  if (pki) {
    caFile = join(mkdtempSync(join(tmpdir(), 'keyless-bench-')), 'ca.pem');
    writeFileSync(caFile, pki.cert);
  }
  const server = await startServer(pki);
  const all = variants(server.url, pki, caFile).map((variant) => ({
    ...variant,
    timings: [],
    connections: 0,
    connectionHeaders: 0,
  }));

  // Warm up every variant (module loading, first connection), then interleave rounds so that
  // machine noise falls on all of them alike.
  for (const variant of all) await variant.call();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const variant of all) {
      const before = { ...server.stats };
      for (let call = 0; call < CALLS_PER_ROUND; call += 1) {
        const started = performance.now();
        await variant.call();
        variant.timings.push(performance.now() - started);
      }
      variant.connections += server.stats.connections - before.connections;
      variant.connectionHeaders += server.stats.connectionHeaders - before.connectionHeaders;
    }
  }
  for (const variant of all) variant.close();
  server.close();

  const baseline = all[0];
  const median = (variant) =>
    percentile(
      [...variant.timings].sort((a, b) => a - b),
      50,
    );
  return all.map((variant) => {
    const sorted = [...variant.timings].sort((a, b) => a - b);
    return {
      protocol,
      transport: variant.name,
      calls: sorted.length,
      'median ms': median(variant).toFixed(3),
      'p90 ms': percentile(sorted, 90).toFixed(3),
      'vs keyless': `${(median(variant) / median(baseline)).toFixed(2)}x`,
      'new connections': variant.connections,
      'Connection headers sent': variant.connectionHeaders,
    };
  });
}

console.log(`Node ${process.version}, ${ROUNDS} rounds x ${CALLS_PER_ROUND} sequential calls each`);
console.table([...(await measure('http')), ...(await measure('https'))]);
