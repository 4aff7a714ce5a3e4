import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Credentials } from '../auth/credentials.js';
import { EmulatorError } from '../errors.js';
import { createInsightsService } from '../insights/index.js';
import { createLogsService } from '../logs/logs-service.js';
import { LogsStore } from '../logs/logs-store.js';
import { createMonitoringService } from '../monitoring/index.js';
import { loadSeed, type SeedSummary } from '../seed/load-seed.js';
import { type SeedSpec, validateSeedSpec } from '../seed/seed-spec.js';
import type { EmulatorControl } from './control-api.js';
import { type EmulatorOptions, resolveOptions } from './emulator-options.js';
import { type FaultOptions, Faults, validateFaults } from './faults.js';
import { createRequestHandler } from './handle-request.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import { createTlsMaterial } from './tls.js';

export interface Emulator {
  /** `http://127.0.0.1:PORT` or `https://...` with TLS; use it as the SDK's `endpoint`. */
  url: string;
  port: number;
  /** The pair to sign with: the first accepted pair. */
  credentials: Credentials;
  /** Every pair whose signatures are accepted. */
  acceptedCredentials: Credentials[];
  /** With TLS: the CA that issued the server certificate, and where its PEM was written. */
  caCertPem?: string;
  caCertPath?: string;
  /** The AWS calls received, oldest first (the last `limit` when given). */
  requests(limit?: number): RequestLogEntry[];
  /** Empties logs, metrics, alarms and the request log, and turns faults off. */
  reset(): void;
  /** Adds a seed's data to what is there. */
  seed(spec: SeedSpec): Promise<SeedSummary>;
  setFaults(faults: FaultOptions): void;
  close(): Promise<void>;
}

/** Starts a local CloudWatch and CloudWatch Logs on one HTTP(S) port. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = resolveOptions(options);
  const store = new LogsStore();
  const monitoring = createMonitoringService({ now: Date.now });
  const insights = createInsightsService({ source: store, ...settings.insights });
  const logs = createLogsService({ store, insights });
  const requestLog = new RequestLog(settings.requestLogSize);
  const faults = new Faults(settings.faults);
  const startedAt = Date.now();

  // Checked again here: JavaScript callers and the control API pass specs unchecked by types.
  const seed = (spec: SeedSpec) =>
    loadSeed(validateSeedSpec(spec), { store, monitoring, now: Date.now() });
  const reset = () => {
    store.reset();
    monitoring.reset();
    requestLog.clear();
    faults.set({});
  };
  const control: EmulatorControl = {
    health: () => ({
      status: 'ok',
      uptimeMs: Date.now() - startedAt,
      logGroups: store.groups.size,
      logEvents: store.eventCount(),
    }),
    reset,
    seed,
    requests: (limit) => requestLog.list(limit),
    faults: () => faults.current,
    setFaults: (next) => faults.set(next),
  };
  await seed(settings.seed);

  const handler = createRequestHandler(
    {
      logs,
      monitoring,
      faults,
      requestLog,
      auth: settings.auth,
      credentials: settings.credentials,
    },
    control,
  );
  const tls = settings.tls ? await createTlsMaterial(settings.host, settings.tls) : undefined;
  const server: Server = tls
    ? createHttpsServer({ key: tls.serverKeyPem, cert: tls.serverCertPem }, handler)
    : createHttpServer(handler);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(settings.port, settings.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await tls?.dispose();
    throw new EmulatorError(
      'E_INPUT',
      `cannot listen on ${settings.host}:${settings.port}: ${(error as Error).message}`,
    );
  }

  const { port } = server.address() as AddressInfo;
  const host = urlHost(settings.host);
  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    port,
    credentials: settings.credentials[0]!,
    acceptedCredentials: settings.credentials,
    caCertPem: tls?.caCertPem,
    caCertPath: tls?.caCertPath,
    requests: (limit) => requestLog.list(limit),
    reset,
    seed,
    setFaults: (next) => faults.set(validateFaults(next)),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await tls?.dispose();
    },
  };
}

/** A wildcard address is reached through loopback; IPv6 literals need brackets in a URL. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
