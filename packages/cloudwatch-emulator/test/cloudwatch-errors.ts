import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { expect } from 'vitest';
import { failure, type ServiceFailure } from './sdk-clients.js';

/** What the SDK raises for each awsQuery code: its exception name and the HTTP status. */
const EXCEPTIONS: Record<string, [string, number]> = {
  MissingParameter: ['MissingRequiredParameterException', 400],
  InvalidParameterValue: ['InvalidParameterValueException', 400],
  InvalidParameterCombination: ['InvalidParameterCombinationException', 400],
  ValidationError: ['ValidationException', 400],
  InvalidNextToken: ['InvalidNextToken', 400],
  InvalidFormat: ['InvalidFormatFault', 400],
  InvalidAction: ['InvalidAction', 400],
  ResourceNotFound: ['ResourceNotFound', 404],
};

/**
 * Sends `command` and checks that the SDK raised the exception of the awsQuery `code`, with its
 * HTTP status, that code in `Error.Code`, and a message matching `message`.
 */
export async function expectCloudWatchError(
  cloudwatch: CloudWatchClient,
  command: Parameters<CloudWatchClient['send']>[0],
  code: string,
  message: RegExp,
): Promise<void> {
  const error = (await failure(cloudwatch.send(command))) as ServiceFailure & {
    Error?: { Code?: string };
  };
  const [name, status] = EXCEPTIONS[code]!;
  expect(error.name).toBe(name);
  expect(error.$metadata.httpStatusCode).toBe(status);
  expect(error.Error?.Code).toBe(code);
  expect(error.message).toMatch(message);
}
