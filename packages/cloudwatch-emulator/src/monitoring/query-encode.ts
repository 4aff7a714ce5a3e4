import type { MonitoringError } from './errors.js';
import { QUERY_SHAPES } from './query-operations.js';
import type { Shape } from './query-shapes.js';

const XMLNS = 'http://monitoring.amazonaws.com/doc/2010-08-01/';

/**
 * The awsQuery XML of an operation's output (the JSON shape `call` returns): lists as `member`
 * elements, maps as `entry`/`key`/`value`, timestamps in ISO 8601.
 */
export function encodeQueryResponse(
  operation: string,
  output: Record<string, unknown>,
  requestId: string,
): string {
  const shape = QUERY_SHAPES[operation]?.output ?? { struct: {} };
  const members = encodeMembers(output, shape.struct);
  // Operations without output answer with ResponseMetadata alone, as AWS does.
  const result = members === '' ? '' : `<${operation}Result>${members}</${operation}Result>`;
  return (
    `<${operation}Response xmlns="${XMLNS}">${result}` +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>` +
    `</${operation}Response>`
  );
}

export function encodeQueryError(error: MonitoringError, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${error.faultType}</Type>` +
    `<Code>${escapeXml(error.queryErrorCode)}</Code>` +
    `<Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`
  );
}

function encodeMembers(value: Record<string, unknown>, members: Record<string, Shape>): string {
  let xml = '';
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined || item === null) continue;
    xml += encodeElement(name, item, members[name]);
  }
  return xml;
}

function encodeElement(name: string, value: unknown, shape: Shape | undefined): string {
  const itemShape = typeof shape === 'object' && 'list' in shape ? shape.list : undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return `<${name}/>`;
    const items = value.map((item) => encodeElement('member', item, itemShape)).join('');
    return `<${name}>${items}</${name}>`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof shape === 'object' && 'map' in shape) {
      const entries = Object.entries(record)
        .map(
          ([key, item]) =>
            `<entry><key>${escapeXml(key)}</key>${encodeElement('value', item, shape.map)}</entry>`,
        )
        .join('');
      return `<${name}>${entries}</${name}>`;
    }
    const members = typeof shape === 'object' && 'struct' in shape ? shape.struct : {};
    return `<${name}>${encodeMembers(record, members)}</${name}>`;
  }
  return `<${name}>${escapeXml(encodeScalar(value, shape))}</${name}>`;
}

function encodeScalar(value: unknown, shape: Shape | undefined): string {
  if (shape === 'timestamp' && typeof value === 'number')
    return new Date(value * 1000).toISOString();
  return String(value);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      default:
        // XML 1.0 has no way to carry these control characters, not even as references.
        return '\uFFFD';
    }
  });
}
