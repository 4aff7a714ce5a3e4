import type { AllowlistGap } from './allowlist-coverage.js';
import type { HeaderAllowlistRepair } from './header-allowlist-repair.js';
import { hostsMayOverlap } from './host-glob.js';
import type { RenderedTransform } from './render-proxy-config.js';
import type { TransformEntry } from './transform-list.js';

interface NotesInput {
  readonly rendered: readonly RenderedTransform[];
  readonly removed: readonly { readonly name: string; readonly index: number }[];
  readonly headerAllowlistRepairs: readonly HeaderAllowlistRepair[];
  readonly gaps: readonly AllowlistGap[];
  readonly allowlists: readonly TransformEntry[];
}

/** The report in sentences: what changed, and what deserves a second look. */
export function renderNotes(input: NotesInput): { changes: string[]; warnings: string[] } {
  const changes: string[] = [];
  const warnings: string[] = [];

  for (const { name, index } of input.removed) {
    changes.push(`removed ${name} at transforms[${index}] of the base (keyless writes it)`);
  }
  for (const { name, index, secrets, hosts } of input.rendered) {
    changes.push(
      `wrote ${name} at transforms[${index}] for ${secrets.join(', ')} (hosts ${hosts.join(', ')})`,
    );
  }
  for (const { index, added, reason } of input.headerAllowlistRepairs) {
    changes.push(
      `added ${added.join(', ')} to header_allowlist at transforms[${index}]: ${reason}`,
    );
  }

  for (const { index, tool, host } of input.gaps) {
    warnings.push(
      `allowlist at transforms[${index}] does not let ${host} through, which tool ${tool} ` +
        'calls: those requests will be refused',
    );
  }
  if (input.allowlists.length === 0 && input.rendered.length > 0) {
    warnings.push('no allowlist transform: the proxy lets requests to every host through');
  }
  warnings.push(...sharedHostWarnings(input.rendered));
  return { changes, warnings };
}

// Two aws_auth matching one host both run on its requests: the checks of both apply and the
// later signature is the one sent, which is rarely what two manifests meant.
function sharedHostWarnings(rendered: readonly RenderedTransform[]): string[] {
  const awsAuth = rendered.filter((transform) => transform.name === 'aws_auth');
  const warnings: string[] = [];
  awsAuth.forEach((first, i) => {
    for (const second of awsAuth.slice(i + 1)) {
      const shared = first.hosts.filter((a) => second.hosts.some((b) => hostsMayOverlap(a, b)));
      if (shared.length === 0) continue;
      warnings.push(
        `aws_auth at transforms[${first.index}] and transforms[${second.index}] both match ` +
          `${shared.join(', ')}: both run, the region/service checks of both apply and the ` +
          'later signature wins',
      );
    }
  });
  return warnings;
}
