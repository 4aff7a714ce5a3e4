import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { EmulatorError } from '../errors.js';

export interface TlsOptions {
  /** Keep the CA here (`ca.pem`, `ca-key.pem`) and reuse it on the next start. */
  dir?: string;
}

export interface TlsMaterial {
  caCertPem: string;
  caCertPath: string;
  serverCertPem: string;
  serverKeyPem: string;
  /** Removes what was written to a temporary directory. */
  dispose(): Promise<void>;
}

const DAY_MS = 86_400_000;
const CA_SUBJECT = [
  { name: 'commonName', value: 'cloudwatch-emulator local CA' },
  { name: 'organizationName', value: 'keyless' },
];

// Node's native generator makes a 2048-bit key in milliseconds; node-forge builds the X.509.
function rsaKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey),
    publicKey: forge.pki.publicKeyFromPem(publicKey),
    privateKeyPem: privateKey,
  };
}

function newCertificate(publicKey: forge.pki.PublicKey, validDays: number) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive serial: the first byte's high bit is cleared.
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = new Date(Date.now() + validDays * DAY_MS);
  return cert;
}

function createCa() {
  const keys = rsaKeyPair();
  const cert = newCertificate(keys.publicKey, 3650);
  cert.setSubject(CA_SUBJECT);
  cert.setIssuer(CA_SUBJECT);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privateKeyPem };
}

function createServerCertificate(caCertPem: string, caKeyPem: string, hosts: string[]) {
  const ca = forge.pki.certificateFromPem(caCertPem);
  const keys = rsaKeyPair();
  const cert = newCertificate(keys.publicKey, 365);
  cert.setSubject([{ name: 'commonName', value: 'localhost' }]);
  cert.setIssuer(ca.subject.attributes);
  const altNames = hosts.map((host) =>
    /^[\d.]+$|:/.test(host) ? { type: 7, ip: host } : { type: 2, value: host },
  );
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(caKeyPem), forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privateKeyPem };
}

async function readCa(dir: string) {
  try {
    const certPem = await readFile(join(dir, 'ca.pem'), 'utf8');
    const keyPem = await readFile(join(dir, 'ca-key.pem'), 'utf8');
    return { certPem, keyPem };
  } catch {
    return undefined;
  }
}

/** A CA and a certificate for 127.0.0.1, ::1, localhost and the listening host. */
export async function createTlsMaterial(
  host: string,
  options: TlsOptions = {},
): Promise<TlsMaterial> {
  const hosts = [...new Set(['localhost', '127.0.0.1', '::1', host])].filter(
    (h) => h !== '0.0.0.0' && h !== '::',
  );
  try {
    if (options.dir) {
      await mkdir(options.dir, { recursive: true });
      let ca = await readCa(options.dir);
      if (!ca) {
        ca = createCa();
        await writeFile(join(options.dir, 'ca.pem'), ca.certPem);
        await writeFile(join(options.dir, 'ca-key.pem'), ca.keyPem, { mode: 0o600 });
      }
      const server = createServerCertificate(ca.certPem, ca.keyPem, hosts);
      return {
        caCertPem: ca.certPem,
        caCertPath: join(options.dir, 'ca.pem'),
        serverCertPem: server.certPem,
        serverKeyPem: server.keyPem,
        dispose: async () => {},
      };
    }
    const ca = createCa();
    const server = createServerCertificate(ca.certPem, ca.keyPem, hosts);
    const dir = await mkdtemp(join(tmpdir(), 'cloudwatch-emulator-'));
    const caCertPath = join(dir, 'ca.pem');
    await writeFile(caCertPath, ca.certPem);
    return {
      caCertPem: ca.certPem,
      caCertPath,
      serverCertPem: server.certPem,
      serverKeyPem: server.keyPem,
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    throw new EmulatorError(
      'E_TLS',
      `cannot create the TLS certificates: ${(error as Error).message}`,
    );
  }
}
