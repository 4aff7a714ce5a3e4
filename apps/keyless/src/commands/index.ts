import type { KeylessCommandDef } from '../defineKeylessCommand.js';
import { iamPolicyCommand } from './iamPolicy.js';
import { proxyConfigCheckCommand } from './proxyConfigCheck.js';
import { proxyConfigRenderCommand } from './proxyConfigRender.js';
import { shimsInstallCommand } from './shimsInstall.js';
import { sidecarRenderCommand } from './sidecarRender.js';
import { toolsListCommand } from './toolsList.js';

/** Every command, in the order of `keyless --help`. */
export const KEYLESS_COMMANDS: readonly KeylessCommandDef[] = [
  toolsListCommand,
  proxyConfigRenderCommand,
  proxyConfigCheckCommand,
  sidecarRenderCommand,
  shimsInstallCommand,
  iamPolicyCommand,
];
