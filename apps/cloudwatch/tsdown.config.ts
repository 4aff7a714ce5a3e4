import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  dts: false,
  // Everything, the AWS SDK included, is bundled: start-up reads one file instead of walking
  // node_modules, and the SDK sits in chunks that only the first AWS call imports.
  noExternal: [/.*/],
});
