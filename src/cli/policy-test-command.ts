import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ExitCode, GitOpsError, GitOpsErrors } from '../errors/index.js';
import { findSuites, readSuite, runSuite, type SuiteOutcome } from '../kyverno/policy-test/index.js';

/** Options of `policy test`. */
export interface PolicyTestOptions {
  /** Print only mismatches and the total. @default false */
  readonly quiet?: boolean;
}

function line(o: SuiteOutcome): string {
  const verdict = o.failed ? 'FAIL' : 'PASS';
  const parts = [`${o.passed} passed`, `${o.failed} failed`];
  if (o.unsupported) parts.push(`${o.unsupported} skipped: unsupported`);
  if (o.excluded) parts.push(`${o.excluded} excluded (the rule gave no result, as kyverno test accepts)`);
  return `${verdict} ${o.file} (${o.name}): ${parts.join(', ')}${o.unsupported ? ' [unsupported]' : ''}`;
}

/**
 * `cdk8s-gitops policy test DIR`: runs every kyverno-test.yaml under DIR. Exit 0 when every expected result
 * holds, 1 on a mismatch, 2 on malformed input (every malformed suite is reported).
 */
export async function policyTestCommand(dir: string, opts: PolicyTestOptions = {}): Promise<number> {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new GitOpsError(`policy test: ${dir} is not a folder`, {
      code: 'KYVERNO_TEST_DIR',
      field: 'DIR',
      hint: 'pass the folder that holds kyverno-test.yaml files',
    });
  const files = findSuites(root);
  if (files.length === 0)
    throw new GitOpsError(`policy test: no kyverno-test.yaml under ${dir}`, {
      code: 'KYVERNO_TEST_NONE',
      field: 'DIR',
      hint: 'write a kyverno-test.yaml next to your policies',
    });
  const errors: GitOpsError[] = [];
  const outcomes: SuiteOutcome[] = [];
  for (const f of files) {
    try {
      outcomes.push(runSuite(readSuite(f, root)));
    } catch (e) {
      if (!(e instanceof GitOpsError)) throw e;
      errors.push(
        e.location.file
          ? e
          : new GitOpsError(`${relative(root, f)}: ${e.message}`, {
              code: e.code,
              file: relative(root, f),
              field: e.location.field,
              hint: e.hint,
            }),
      );
    }
  }
  const out: string[] = [];
  for (const o of outcomes) {
    if (!opts.quiet || o.failed) out.push(line(o));
    for (const m of o.mismatches)
      out.push(`  ${m.policy}/${m.rule} ${m.resource}: expected ${m.expected}, got ${m.actual} (${m.message})`);
    if (!opts.quiet) for (const r of o.unsupportedReasons) out.push(`  unsupported: ${r}`);
  }
  const sum = (k: 'passed' | 'failed' | 'unsupported' | 'excluded'): number => outcomes.reduce((s, o) => s + o[k], 0);
  out.push(
    `total: ${outcomes.length} suites, ${sum('passed')} passed, ${sum('failed')} failed, ${sum('unsupported')} skipped: unsupported${sum('excluded') ? `, ${sum('excluded')} excluded` : ''}${errors.length ? `, ${errors.length} malformed` : ''}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  if (errors.length) {
    process.stderr.write(`error: ${new GitOpsErrors(errors).message}\n`);
    return ExitCode.INVALID;
  }
  return sum('failed') ? 1 : ExitCode.OK;
}
