export type { AllowlistGap } from './allowlist-coverage.js';
export { baseConfigPath, readBaseConfig } from './base-config.js';
export { checkProxyConfig, type Finding } from './check/check-proxy-config.js';
export type { HeaderAllowlistRepair } from './header-allowlist-repair.js';
export { ProxyConfigError, type ProxyConfigErrorCode } from './proxy-config-error.js';
export {
  MANAGED_TRANSFORMS,
  type RenderedTransform,
  type RenderProxyConfigOptions,
  type RenderReport,
  type RenderResult,
  renderProxyConfig,
} from './render-proxy-config.js';
export type { SecretSourceOptions, SecretSourceType } from './secret-sources.js';
export { AWS_SIGNING_HEADERS } from './signing-headers.js';
export type { ToolForProxy } from './tool-secrets.js';
