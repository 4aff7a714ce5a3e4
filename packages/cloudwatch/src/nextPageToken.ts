/**
 * The token to ask for the next page with, or undefined when the scan is over. CloudWatch ends
 * a scan by sending no token; a token equal to the one just sent would loop forever.
 */
export function nextPageToken(
  sent: string | undefined,
  received: string | undefined,
): string | undefined {
  return received === sent ? undefined : received;
}
