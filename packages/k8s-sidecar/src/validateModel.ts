import { SidecarError } from './SidecarError.js';

interface SchemaError {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: { allowedValues?: unknown[] };
}

/** `/spec/containers/0/ports` → `spec.containers[0].ports` */
function toOptionPath(root: string, instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .reduce((path, part) => {
      if (/^\d+$/.test(part)) return `${path}[${part}]`;
      return path ? `${path}.${part}` : part;
    }, root);
}

function valueAt(data: unknown, instancePath: string): unknown {
  return instancePath
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data);
}

/**
 * Runs the Kubernetes OpenAPI schema check of a kubernetes-models object and rethrows its
 * failure as a {@link SidecarError} naming the first offending field.
 */
export function validateModel(model: { validate(): void; toJSON(): unknown }, root: string): void {
  try {
    model.validate();
  } catch (error) {
    const errors: SchemaError[] = (error as { errors?: SchemaError[] }).errors ?? [];
    const first = errors[0];
    if (!first) {
      throw new SidecarError('E_INVALID_MANIFEST', root, (error as Error).message);
    }
    // A quantity fails both branches of its oneOf; the union message adds nothing.
    const messages = errors
      .filter((entry) => entry.instancePath === first.instancePath && entry.keyword !== 'oneOf')
      .map((entry) => {
        const allowed = entry.params?.allowedValues;
        const message = entry.message ?? 'is invalid';
        return allowed ? `${message} ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : message;
      });
    const value = valueAt(model.toJSON(), first.instancePath ?? '');
    throw new SidecarError(
      'E_INVALID_MANIFEST',
      toOptionPath(root, first.instancePath ?? '') || 'options',
      `${[...new Set(messages)].join(' or ')} (Kubernetes schema), got ${JSON.stringify(value)}`,
    );
  }
}
