import { stringify } from 'yaml';
import { defineKeylessCommand } from '../defineKeylessCommand.js';
import { SIDECAR_ARGS, SIDECAR_REPEATABLE, sidecarOptionsFromFlags } from '../sidecarFlags.js';
import { writeResult } from '../writeResult.js';

export const sidecarRenderCommand = defineKeylessCommand({
  path: ['sidecar', 'render'],
  description:
    'Print the tool-server Pod manifest (YAML): egress via iron-proxy, no AWS credential',
  args: {
    ...SIDECAR_ARGS,
    out: { type: 'string', alias: ['o'], valueHint: 'file', description: 'Write to this file' },
  },
  repeatable: SIDECAR_REPEATABLE,
  examples: [
    'keyless sidecar render --image registry.example.com/tools:1.4.0 ' +
      '--proxy-host iron-proxy.keyless.svc --proxy-port 8080 --ca-secret iron-proxy-ca ' +
      '--region eu-west-1 -o tool-server.yaml',
  ],
  async run({ args, stdout, note }) {
    const { buildToolServerPod } = await import('@keyless/k8s-sidecar');
    const pod = buildToolServerPod(sidecarOptionsFromFlags(args));
    await writeResult(stringify(pod), args.string('out'), stdout, note);
    return undefined;
  },
});
