/**
 * The bench platform as a program file, run by `cdk8s-gitops synth` for the whole-process comparison
 * (N from BENCH_N; the CLI sets the outdir). bench/program-cdk8s.ts is the same program on bare cdk8s.
 */
import { buildOurs } from './platform-ours.js';

buildOurs(Number(process.env.BENCH_N ?? 100)).synth();
