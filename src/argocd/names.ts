import { dns1123SubdomainProblem } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';

/** Throws a clear error when `name` (of an Argo CD object) is not a DNS-1123 subdomain. */
export function checkName(
  kind: string,
  name: string,
  location: { readonly constructPath?: string; readonly tier?: string; readonly field?: string },
): void {
  const problem = dns1123SubdomainProblem(name);
  if (!problem) return;
  throw new GitOpsError(`${kind} name '${name}' is not a DNS-1123 name: ${problem}`, {
    code: 'ARGOCD_INVALID_NAME',
    constructPath: location.constructPath,
    tier: location.tier,
    field: location.field ?? 'name',
    hint: 'use lower-case letters, digits, - and ., starting and ending with a letter or digit (at most 253)',
  });
}
