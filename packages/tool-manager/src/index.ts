export {
  type DiscoverToolsOptions,
  type DiscoverToolsResult,
  discoverTools,
  type ShadowedTool,
} from './discover-tools.js';
export { ManifestError, type ManifestErrorCode, type ManifestIssue } from './manifest-error.js';
export { parseToolManifest, parseToolPackage, type ToolPackage } from './parse-manifest.js';
export type {
  AwsAuthSecret,
  HttpReplace,
  HttpSecret,
  ProviderAwsAuthSecret,
  ReplaceLocation,
  StaticAwsAuthSecret,
  Tool,
  ToolManifest,
  ToolSecret,
  WorkloadIdentityProvider,
} from './types.js';
