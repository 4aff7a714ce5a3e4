import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  dts: false,
  outDir: 'dist-external',
  external: ['@keyless/cloudwatch'],
  noExternal: [/^@keyless\/cli-shim/, /^citty/, /^@keyless\/tool-manager/],
});
