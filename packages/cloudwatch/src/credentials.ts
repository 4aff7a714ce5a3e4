/** An AWS key pair. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * The obviously fake pair that auth mode `proxy` signs with. iron-proxy's aws_auth transform
 * strips this signature and signs again with the real keys it holds; AWS itself rejects it.
 */
export const PLACEHOLDER_CREDENTIALS: Readonly<AwsCredentials> = Object.freeze({
  accessKeyId: 'KEYLESS_PLACEHOLDER_ACCESS_KEY_ID',
  secretAccessKey: 'keyless-placeholder-secret-not-a-real-key',
});
