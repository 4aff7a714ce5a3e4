import type { AwsAuthSecret, HttpSecret, Tool } from '@keyless/tool-manager';

/** What the renderer needs of a tool: its name (for messages) and its manifest. */
export type ToolForProxy = Pick<Tool, 'name' | 'manifest'>;

export interface Located<S> {
  readonly secret: S;
  /** `cloudwatch/cloudwatch`: tool name, then secret name. */
  readonly label: string;
  /** `cloudwatch: secrets[0]`, the prefix of error paths. */
  readonly path: string;
}

/** Every secret of every tool, tools in name order, secrets in manifest order. */
export function secretsOf(tools: readonly ToolForProxy[]) {
  const sorted = [...tools].sort((a, b) => compareText(a.name, b.name));
  const awsAuth: Located<AwsAuthSecret>[] = [];
  const http: Located<HttpSecret>[] = [];
  for (const tool of sorted) {
    tool.manifest.secrets.forEach((secret, index) => {
      const where = {
        label: `${tool.name}/${secret.name}`,
        path: `${tool.name}: secrets[${index}]`,
      };
      if (secret.type === 'aws_auth') awsAuth.push({ secret, ...where });
      else http.push({ secret, ...where });
    });
  }
  return { awsAuth, http };
}

/** Code-point order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}
