export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The documented key pair of a local emulator; it protects nothing and is meant to be printed. */
export const DEFAULT_CREDENTIALS: Readonly<Credentials> = Object.freeze({
  accessKeyId: 'AKIAEMULATORLOCAL000',
  secretAccessKey: 'emulator-local-secret-for-tests-only',
});
