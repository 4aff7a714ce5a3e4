export { buildToolServerContainer } from './buildToolServerContainer.js';
export { buildToolServerPod, buildToolServerVolumes } from './buildToolServerPod.js';
export {
  AWS_CREDENTIAL_VARIABLE_PREFIXES,
  AWS_CREDENTIAL_VARIABLES,
  isAwsCredentialVariable,
} from './credentialEnv.js';
export type {
  AwsRegionSource,
  ProxyOptions,
  ResourceAmounts,
  ToolServerContainerOptions,
  ToolServerPodOptions,
} from './options.js';
export { DEFAULTS as TOOL_SERVER_DEFAULTS } from './options.js';
export { CA_BUNDLE_VARIABLES, PINNED_VARIABLES } from './pinnedEnv.js';
export { SidecarError, type SidecarErrorCode } from './SidecarError.js';
