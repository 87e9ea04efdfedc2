import { PolicyEnv } from '../kyverno/policy-env.js';

/**
 * Environment variables through which the `cdk8s-gitops` CLI drives a program's `synth()`. Kept in a
 * module of their own so the CLI can name them without loading cdk8s and the validation code.
 */
export const SynthEnv = {
  outdir: 'CDK8S_OUTDIR',
  check: 'CDK8S_GITOPS_CHECK',
  tiers: 'CDK8S_GITOPS_TIERS',
  quiet: 'CDK8S_GITOPS_QUIET',
  /** File the program writes its result to, so the CLI knows synth ran. */
  report: 'CDK8S_GITOPS_REPORT',
  /** File in which the CLI puts its verdict ('go' or 'stop') for the write gate. */
  gate: 'CDK8S_GITOPS_GATE',
  /** Releases file to read instead of the program's (used by `promote --dry-run`). */
  releases: 'CDK8S_GITOPS_RELEASES',
  /** File the program describes itself to (tiers, releases file) instead of synthesizing; for promote/rollback. */
  describe: 'CDK8S_GITOPS_DESCRIBE',
  /** Folder of extra Kyverno policies for the policy gate (`synth --policies DIR`). */
  policies: PolicyEnv.policies,
  /** File the policy gate writes its results to (`policy report`). */
  policyReport: PolicyEnv.report,
} as const;
