import type { IConstruct } from 'constructs';
import { suggest } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { recordWaiver } from '../synth/index.js';
import { ALL_ISSUE_CODES, type IssueCode } from '../validation/index.js';

/** A check code, or every check of a family (`secret.*`). */
export type WaivableCheck = IssueCode | `${string}.*`;

/**
 * Waives one safety or validation check for `construct` and everything below it, with the reason
 * recorded in the program (it is not written to the tree). For test fixtures and the rare object a
 * check gets wrong; never for real credentials.
 *
 * @param code the check, e.g. `secret.plaintext`, or a family such as `secret.*`
 * @param reason why, e.g. `test fixture with dummy credentials`
 */
export function waive(construct: IConstruct, code: WaivableCheck, reason: string): void {
  const where = `waive(${construct.node.path}, '${code}')`;
  if (!reason || reason.trim().length === 0) {
    throw new GitOpsError(`${where} needs a reason`, {
      code: 'WAIVER_NO_REASON',
      constructPath: construct.node.path,
      hint: "say why the check does not apply, e.g. waive(secret, 'secret.plaintext', 'test fixture')",
    });
  }
  const family = code.endsWith('.*') ? code.slice(0, -1) : undefined;
  const known = family
    ? ALL_ISSUE_CODES.some((c) => c.startsWith(family))
    : ALL_ISSUE_CODES.includes(code as IssueCode);
  if (!known) {
    throw new GitOpsError(`${where} names no known check`, {
      code: 'WAIVER_UNKNOWN_CHECK',
      constructPath: construct.node.path,
      hint: `${suggest(code, ALL_ISSUE_CODES)}the checks are: ${ALL_ISSUE_CODES.join(', ')}`,
    });
  }
  recordWaiver(construct, code, reason);
}
