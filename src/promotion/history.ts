import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import type * as Yaml from 'yaml';
import { lazyModule } from '../lazy/index.js';

const yaml = lazyModule<typeof Yaml>('yaml');

/** One version of the releases file in git history. */
export interface ReleasesRevision {
  /** Commit hash. */
  readonly commit: string;
  /** Commit date (ISO). */
  readonly date: string;
  /** Commit subject. */
  readonly subject: string;
  /** `apps.<app>.<tier>.image` of that version (entries that do not parse are left out). */
  readonly images: ReadonlyMap<string, string>;
  /** The raw pin objects, `<app>/<tier>` → pin. */
  readonly pins: ReadonlyMap<string, Record<string, unknown>>;
}

/**
 * The versions of the releases file in git history, newest first (at most `limit`). Empty when the file
 * is not in a git checkout, git is missing, or the clone is shallow past its history.
 */
export function releasesHistory(file: string, limit = 200): ReleasesRevision[] {
  const abs = resolve(file);
  const cwd = dirname(abs);
  let top: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return [];
  }
  const path = relative(top, abs).split('\\').join('/');
  let log: string;
  try {
    log = git(top, ['log', `-n${limit}`, '--format=%H%x09%cI%x09%s', '--', path]);
  } catch {
    return [];
  }
  const revisions: ReleasesRevision[] = [];
  for (const line of log.split('\n')) {
    if (!line) continue;
    const [commit, date, ...subject] = line.split('\t');
    let text: string;
    try {
      text = git(top, ['show', `${commit}:${path}`]);
    } catch {
      continue; // deleted in that commit
    }
    const images = new Map<string, string>();
    const pins = new Map<string, Record<string, unknown>>();
    try {
      const apps = (yaml().parse(text) as { apps?: Record<string, Record<string, unknown>> } | null)?.apps ?? {};
      for (const [app, tiers] of Object.entries(apps)) {
        for (const [tier, pin] of Object.entries(tiers ?? {})) {
          const p = typeof pin === 'string' ? { image: pin } : (pin as Record<string, unknown>);
          if (p && typeof p.image === 'string') {
            images.set(`${app}/${tier}`, p.image);
            pins.set(`${app}/${tier}`, p);
          }
        }
      }
    } catch {
      continue;
    }
    revisions.push({ commit: commit as string, date: date as string, subject: subject.join('\t'), images, pins });
  }
  return revisions;
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
}
