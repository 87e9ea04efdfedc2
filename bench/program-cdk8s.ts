/**
 * The bench platform on bare cdk8s as a program file (N from BENCH_N, outdir from CDK8S_OUTDIR), the
 * other side of the whole-process comparison with bench/program.ts.
 */
import { buildCdk8s } from './platform.js';

buildCdk8s(Number(process.env.BENCH_N ?? 100), process.env.CDK8S_OUTDIR).synth();
