import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SynthEnv } from '../app/synth-env.js';
import { ExitCode, GitOpsError } from '../errors/index.js';
import type { PolicyResult, PolicySummary } from '../kyverno/gate.js';
import { synthCommand } from './synth-command.js';

/** Options of `cdk8s-gitops policy report`. */
export interface PolicyReportOptions {
  /** Command that runs the program. @default - `app:` of cdk8s.yaml */
  readonly app?: string;
  /** Only these tiers. @default - all */
  readonly tier?: readonly string[];
  /** `table` (default) or `json`. */
  readonly format?: 'table' | 'json';
  /** Extra policies (as `synth --policies`). @default - none */
  readonly policies?: string;
  /** Working folder. @default process.cwd() */
  readonly cwd?: string;
  /** Where the report goes. @default process.stdout */
  readonly write?: (text: string) => void;
}

/**
 * Runs the program like `synth --check` (nothing is written) with the policy gate recording every result, and
 * prints the results: a table (tier, policy, rule, resource, result, action, message) with totals, or JSON.
 * Exit code: 0 when no Enforce rule fails, 1 when one does, 2 when the program could not be evaluated.
 */
export async function policyReportCommand(options: PolicyReportOptions): Promise<number> {
  const format = options.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new GitOpsError(`unknown format '${String(format)}'`, {
      code: 'POLICY_REPORT_FORMAT',
      field: '--format',
      hint: 'use --format table or --format json',
    });
  }
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-policy-'));
  const file = join(dir, 'policy-report.json');
  try {
    const code = await synthCommand({
      app: options.app,
      cwd: options.cwd,
      tier: options.tier,
      check: true,
      quiet: true,
      typecheck: false,
      policies: options.policies,
      env: { [SynthEnv.policyReport]: file },
      stdout: 'ignore',
    });
    if (!existsSync(file)) return code === ExitCode.OK ? ExitCode.INVALID : code;
    const report = JSON.parse(readFileSync(file, 'utf8')) as { summary: PolicySummary; results: PolicyResult[] };
    write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report.results, report.summary));
    return report.summary.enforceFailures > 0 ? 1 : ExitCode.OK;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The results as an aligned text table, failures first, then totals. */
export function renderTable(results: readonly PolicyResult[], summary: PolicySummary): string {
  const order = { fail: 0, error: 1, skip: 2, pass: 3 } as const;
  const rows = [...results].sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      (a.tier ?? '').localeCompare(b.tier ?? '') ||
      a.policy.localeCompare(b.policy) ||
      a.rule.localeCompare(b.rule) ||
      a.resource.localeCompare(b.resource),
  );
  const header = ['TIER', 'POLICY', 'RULE', 'RESOURCE', 'RESULT', 'ACTION', 'MESSAGE'];
  const cells = rows.map((r) => [
    r.tier ?? '-',
    r.policy,
    r.rule,
    r.resource,
    r.status,
    r.action,
    (r.message ?? '').replace(/\s+/g, ' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const totals =
    `${summary.pass} pass, ${summary.fail} fail (${summary.enforceFailures} Enforce, ${summary.auditFailures} Audit), ` +
    `${summary.skip} skip, ${summary.error} error`;
  return `${[line(header), ...cells.map(line)].join('\n')}\n\n${totals}\n`;
}
