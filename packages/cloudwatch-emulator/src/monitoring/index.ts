/**
 * CloudWatch (metrics and alarms) of the emulator.
 *
 * How the HTTP layer answers with it:
 *
 * JSON 1.0 (`Content-Type: application/x-amz-json-1.0`,
 * `X-Amz-Target: GraniteServiceVersion20100801.<Operation>`, sent by @aws-sdk/client-cloudwatch
 * with `x-amzn-query-mode: true`): pass the parsed body to `call(operation, input)` and answer 200
 * with `JSON.stringify(output)` and `Content-Type: application/x-amz-json-1.0`. On a
 * MonitoringError answer:
 *   status  error.statusCode
 *   headers Content-Type: application/x-amz-json-1.0
 *           x-amzn-RequestId: <request id>
 *           x-amzn-query-error: `${error.queryErrorCode};${error.faultType}`
 *                               (e.g. `ResourceNotFound;Sender`)
 *   body    {"__type":"com.amazonaws.cloudwatch#<error.awsErrorName>","message":"<error.message>"}
 *           (as AWS writes it; a bare `<error.awsErrorName>` resolves the same)
 * The SDK's query-compatible JSON protocol reads the code from the `x-amzn-query-error` header
 * first (it copies it into the body's `Code`, which wins over `__type`), then finds the exception
 * whose `awsQueryError` trait has that code:
 * `InvalidParameterValue` → InvalidParameterValueException,
 * `MissingParameter` → MissingRequiredParameterException,
 * `ResourceNotFound` → ResourceNotFound, `LimitExceeded` → LimitExceededFault,
 * `ValidationError` → ValidationException. Without the header it falls back to `__type`, whose
 * shape name resolves to the same exception.
 * The exception's `Error.Code` / `Error.Type` then carry the query code and fault type as AWS's
 * own responses do.
 *
 * awsQuery (`POST /`, `Content-Type: application/x-www-form-urlencoded`, `Action=…&Version=
 * 2010-08-01`, what the AWS CLI v2.9 sends): `decodeQueryRequest(new URLSearchParams(body))` →
 * `call` → answer 200 `text/xml` with `encodeQueryResponse(operation, output, requestId)`; on a
 * MonitoringError answer error.statusCode `text/xml` with `encodeQueryError(error, requestId)`.
 * `decodeQueryRequest` itself throws MonitoringError (MissingAction, InvalidAction).
 */
export { MonitoringError } from './errors.js';
export { decodeQueryRequest } from './query-decode.js';
export { encodeQueryError, encodeQueryResponse } from './query-encode.js';
export {
  createMonitoringService,
  MONITORING_OPERATIONS,
  type MonitoringService,
} from './service.js';
