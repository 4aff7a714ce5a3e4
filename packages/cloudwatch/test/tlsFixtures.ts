import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface TestPki {
  caCertPem: string;
  serverKeyPem: string;
  serverCertPem: string;
}

function rsaKeys(): forge.pki.rsa.KeyPair {
  // Node's native key generation is fast; forge only builds and signs the certificates.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  ) as forge.pki.rsa.PrivateKey;
  return { privateKey: key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e) };
}

function certificate(
  subject: string,
  keys: forge.pki.rsa.KeyPair,
  issuer: { name: string; key: forge.pki.rsa.PrivateKey },
  extensions: object[],
  serial: string,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  cert.setSubject([{ name: 'commonName', value: subject }]);
  cert.setIssuer([{ name: 'commonName', value: issuer.name }]);
  cert.setExtensions(extensions);
  cert.sign(issuer.key, forge.md.sha256.create());
  return cert;
}

/** A throwaway CA and a server certificate it signed for 127.0.0.1 and localhost. */
export function createTestPki(): TestPki {
  const caKeys = rsaKeys();
  const caName = 'keyless test CA';
  const ca = certificate(
    caName,
    caKeys,
    { name: caName, key: caKeys.privateKey },
    [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
    '01',
  );

  const serverKeys = rsaKeys();
  const server = certificate(
    '127.0.0.1',
    serverKeys,
    { name: caName, key: caKeys.privateKey },
    [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
    '02',
  );

  return {
    caCertPem: forge.pki.certificateToPem(ca),
    serverKeyPem: forge.pki.privateKeyToPem(serverKeys.privateKey),
    serverCertPem: forge.pki.certificateToPem(server),
  };
}
