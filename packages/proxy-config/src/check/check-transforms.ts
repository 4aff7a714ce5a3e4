import { isRegexEntry, toJsRegExp } from '../signing-headers.js';
import { isMapping } from './check-shape.js';
import type { Findings, Path } from './findings.js';

type Config = Record<string, unknown>;

/** What iron-proxy checks when it builds each known transform, plus gates left open. */
export const TRANSFORM_CHECKS: Readonly<
  Record<string, (config: Config, path: Path, findings: Findings) => void>
> = {
  aws_auth: checkAwsAuth,
  header_allowlist: checkHeaderAllowlist,
  allowlist: checkAllowlist,
  secrets: checkSecrets,
};

function checkAwsAuth(config: Config, path: Path, findings: Findings): void {
  const hasStatic = present(config.access_key_id) || present(config.secret_access_key);
  const hasProvider = present(config.credentials_provider);
  if (hasStatic && hasProvider) {
    findings.error(
      path,
      'aws_auth takes access_key_id + secret_access_key or credentials_provider, not both',
    );
  } else if (!hasStatic && !hasProvider) {
    findings.error(
      path,
      'aws_auth requires access_key_id + secret_access_key or credentials_provider',
    );
  } else if (hasStatic) {
    for (const key of ['access_key_id', 'secret_access_key']) {
      if (!present(config[key])) findings.error([...path, key], `aws_auth requires ${key}`);
    }
  }
  checkRules(config.rules, [...path, 'rules'], findings, 'aws_auth requires at least one rule');

  const services = config.allowed_services;
  if (!Array.isArray(services) || services.length === 0) {
    findings.warning(
      [...path, 'allowed_services'],
      'no allowed_services: requests for any AWS service are signed with these keys; ' +
        'list the services the tools call (e.g. logs, monitoring)',
    );
  }
}

function checkHeaderAllowlist(config: Config, path: Path, findings: Findings): void {
  const headers = config.headers;
  if (!Array.isArray(headers) || headers.length === 0) {
    findings.error([...path, 'headers'], 'header_allowlist requires at least one header');
    return;
  }
  headers.forEach((entry, index) => {
    if (typeof entry === 'string' && isRegexEntry(entry) && !toJsRegExp(entry)) {
      findings.warning(
        [...path, 'headers', index],
        'this regular expression could not be evaluated here, so its effect is not checked',
      );
    }
  });
  checkRules(config.rules, [...path, 'rules'], findings);
}

function checkAllowlist(config: Config, path: Path, findings: Findings): void {
  const empty = ['domains', 'cidrs', 'rules'].every((key) => {
    const value = config[key];
    return !Array.isArray(value) || value.length === 0;
  });
  if (empty && config.warn !== true) {
    findings.warning(path, 'allowlist with no domains, cidrs or rules refuses every request');
  }
  checkRules(config.rules, [...path, 'rules'], findings);
}

function checkSecrets(config: Config, path: Path, findings: Findings): void {
  const entries = config.secrets;
  if (!Array.isArray(entries) || entries.length === 0) {
    findings.warning([...path, 'secrets'], 'secrets transform without secrets does nothing');
    return;
  }
  entries.forEach((entry, index) => {
    if (isMapping(entry)) checkSecretEntry(entry, [...path, 'secrets', index], findings);
  });
}

function checkSecretEntry(entry: Config, path: Path, findings: Findings): void {
  if (!present(entry.source)) findings.error([...path, 'source'], 'a secret requires a source');

  // iron-proxy's own test for the deprecated form: a value that changes something.
  const legacy = [
    present(entry.proxy_value) && 'proxy_value',
    Array.isArray(entry.match_headers) && entry.match_headers.length > 0 && 'match_headers',
    entry.match_body === true && 'match_body',
    entry.require === true && 'require',
  ].filter((key): key is string => typeof key === 'string');
  const modes = [present(entry.inject), present(entry.replace), legacy.length > 0];
  const count = modes.filter(Boolean).length;
  if (count === 0) findings.error(path, 'a secret requires either inject or replace');
  if (count > 1) findings.error(path, 'a secret takes one of inject, replace or top-level fields');
  if (legacy.length > 0) {
    findings.warning(
      [...path, legacy[0]!],
      `top-level ${legacy.join(', ')} are deprecated in iron-proxy; use a replace block`,
    );
  }

  const inject = entry.inject;
  if (isMapping(inject) && present(inject.header) === present(inject.query_param)) {
    findings.error([...path, 'inject'], 'inject requires exactly one of header or query_param');
  }
  const replace = entry.replace;
  if (isMapping(replace) && !present(replace.proxy_value)) {
    findings.error([...path, 'replace', 'proxy_value'], 'replace requires proxy_value');
  }
  if (!Array.isArray(entry.rules) || entry.rules.length === 0) {
    findings.warning([...path, 'rules'], 'a secret without rules is put on no request');
  }
  checkRules(entry.rules, [...path, 'rules'], findings);
}

function checkRules(rules: unknown, path: Path, findings: Findings, requiredMessage?: string) {
  if (!Array.isArray(rules) || rules.length === 0) {
    if (requiredMessage) findings.error(path, requiredMessage);
    return;
  }
  rules.forEach((rule, index) => {
    if (!isMapping(rule)) return;
    if (present(rule.host) === present(rule.cidr)) {
      findings.error([...path, index], 'a rule requires exactly one of host or cidr');
    }
    const paths = Array.isArray(rule.paths) ? rule.paths : [];
    paths.forEach((value, i) => {
      if (typeof value === 'string' && !value.startsWith('/')) {
        findings.error([...path, index, 'paths', i], `path "${value}" must start with /`);
      }
    });
  });
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
