import type { IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import { Platform } from '../tree/index.js';

/** A GitOpsError located at `scope` (its construct path and tier). */
export function constructError(
  scope: IConstruct,
  code: string,
  message: string,
  field: string,
  hint: string,
): GitOpsError {
  return new GitOpsError(message, {
    code,
    constructPath: scope.node.path,
    tier: Platform.tierOf(scope)?.name,
    field,
    hint,
  });
}
