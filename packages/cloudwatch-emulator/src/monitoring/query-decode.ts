import { MonitoringError } from './errors.js';
import { QUERY_SHAPES } from './query-operations.js';
import type { Shape } from './query-shapes.js';

type RawTree = { [segment: string]: RawTree | string };

/**
 * Turns a form-encoded awsQuery request (what the AWS CLI and older SDKs send) into the input
 * shape of the JSON protocol: `Dimensions.member.1.Name` becomes `Dimensions[0].Name`, numbers
 * and booleans become JSON values and ISO 8601 times become epoch seconds. A value that does not
 * convert is passed on as text, so that validation names it.
 */
export function decodeQueryRequest(params: URLSearchParams): {
  operation: string;
  input: Record<string, unknown>;
} {
  const operation = params.get('Action');
  if (!operation) {
    throw new MonitoringError('MissingAction', 'The request must contain the parameter Action.');
  }
  const shapes = QUERY_SHAPES[operation];
  if (!shapes) {
    throw new MonitoringError(
      'InvalidAction',
      `The action ${operation} is not valid for this web service (version 2010-08-01).`,
    );
  }

  const tree: RawTree = {};
  for (const [key, value] of params) {
    if (key === 'Action' || key === 'Version') continue;
    insert(tree, key.split('.'), value);
  }
  return { operation, input: convert(tree, shapes.input) as Record<string, unknown> };
}

function insert(tree: RawTree, segments: string[], value: string): void {
  let node = tree;
  for (const segment of segments.slice(0, -1)) {
    const child = node[segment];
    if (typeof child === 'object') node = child;
    else {
      const created: RawTree = {};
      node[segment] = created;
      node = created;
    }
  }
  const last = segments.at(-1)!;
  if (typeof node[last] !== 'object') node[last] = value;
}

function convert(node: RawTree | string, shape: Shape): unknown {
  if (typeof shape === 'object' && 'list' in shape) {
    // `AlarmNames=` with no members is how the protocol spells an empty list.
    if (typeof node === 'string') return [];
    const members = typeof node.member === 'object' ? node.member : {};
    return Object.keys(members)
      .filter((index) => /^\d+$/.test(index))
      .sort((a, b) => Number(a) - Number(b))
      .map((index) => convert(members[index]!, shape.list));
  }
  if (typeof shape === 'object' && 'map' in shape) {
    if (typeof node === 'string') return {};
    const entries = typeof node.entry === 'object' ? node.entry : {};
    const map: Record<string, unknown> = {};
    for (const entry of Object.values(entries)) {
      if (typeof entry === 'object' && typeof entry.key === 'string' && entry.value !== undefined) {
        map[entry.key] = convert(entry.value, shape.map);
      }
    }
    return map;
  }
  if (typeof shape === 'object') {
    if (typeof node === 'string') return node;
    const struct: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(shape.struct)) {
      if (node[name] !== undefined) struct[name] = convert(node[name]!, member);
    }
    return struct;
  }
  if (typeof node !== 'string') return node;
  return convertScalar(node, shape);
}

function convertScalar(text: string, shape: Exclude<Shape, object>): unknown {
  switch (shape) {
    case 'double':
    case 'integer': {
      const number = Number(text);
      return text.trim() === '' || Number.isNaN(number) ? text : number;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'timestamp': {
      const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text);
      return Number.isFinite(ms) ? ms / 1000 : text;
    }
    default:
      return text;
  }
}
