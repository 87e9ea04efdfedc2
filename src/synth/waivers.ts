import type { IConstruct } from 'constructs';

/** Construct metadata type under which waivers are recorded. */
export const WAIVER_METADATA = 'cdk8s-gitops:waive';

/**
 * Waives one safety or validation check for `construct` and everything below it, with the reason
 * recorded in the program (it is not written to the tree).
 *
 * @param code the check, e.g. `secret.plaintext`
 * @param reason why, e.g. `test fixture with dummy credentials`
 */
export function waive(construct: IConstruct, code: string, reason: string): void {
  if (!reason || reason.trim().length === 0) {
    throw new Error(`waive(${construct.node.path}, '${code}') needs a reason`);
  }
  construct.node.addMetadata(WAIVER_METADATA, { code, reason });
}

/** Waivers recorded directly on `construct`, merged over `inherited`. */
export function waiversOf(
  construct: IConstruct,
  inherited: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, string>> | undefined {
  let result = inherited;
  for (const entry of construct.node.metadata) {
    if (entry.type !== WAIVER_METADATA) continue;
    const { code, reason } = entry.data as { code: string; reason: string };
    result = { ...result, [code]: reason };
  }
  return result;
}
