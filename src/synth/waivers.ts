import type { IConstruct } from 'constructs';

/** Construct metadata type under which waivers are recorded. */
export const WAIVER_METADATA = 'cdk8s-gitops:waive';

/** Records a waiver on a construct (checked by `waive()` in the app layer). */
export function recordWaiver(construct: IConstruct, code: string, reason: string): void {
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
