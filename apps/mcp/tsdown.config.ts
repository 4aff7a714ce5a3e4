import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  dts: false,
  // One bundled file starts fast and needs no node_modules; the AWS SDK lands in chunks that only
  // the first AWS call imports, so starting and listing tools never load it.
  deps: { alwaysBundle: [/.*/], onlyBundle: false },
});
