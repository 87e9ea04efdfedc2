import { describe, expect, it } from 'vitest';
import { normalizeName, renderFast, renderGo, TemplateError } from '../../src/argocd/index.js';

describe('fasttemplate style', () => {
  it('replaces parameters, with or without spaces', () => {
    expect(renderFast('{{path.basename}}-{{ env }}', { 'path.basename': 'api', env: 'dev' })).toBe('api-dev');
    expect(renderFast('{{path[1]}}', { 'path[1]': 'environments' })).toBe('environments');
  });
  it('fails on a parameter no generator provides', () => {
    expect(() => renderFast('{{cluster}}', { env: 'dev' })).toThrow(TemplateError);
    expect(() => renderFast('{{cluster}}', { env: 'dev' })).toThrow("parameter 'cluster' is provided by no generator");
  });
});

describe('go templates', () => {
  const params = {
    path: { path: 'dist/a/b', basename: 'b', segments: ['dist', 'a', 'b'] },
    tier: 'dev',
    on: true,
    off: false,
  };
  it('reads fields, index and pipelines', () => {
    expect(renderGo('{{.path.basename}}-{{ .tier }}', params)).toBe('b-dev');
    expect(renderGo('{{index .path.segments 1}}', params)).toBe('a');
    expect(renderGo('{{ .tier | upper }}', params)).toBe('DEV');
    expect(renderGo('{{ printf "%s-%s" .tier .path.basename }}', params)).toBe('dev-b');
    expect(renderGo('{{ default "x" .tier }}', params)).toBe('dev');
  });
  it('evaluates if/else with whitespace trimming', () => {
    expect(renderGo('a\n{{- if .on }}\nyes{{ else }}no{{ end }}', params)).toBe('a\nyes');
    expect(renderGo('{{ if .off }}yes{{ else }}no{{ end }}', params)).toBe('no');
    expect(renderGo('{{ if eq .tier "dev" }}d{{ end }}', params)).toBe('d');
  });
  it('fails on a missing key (missingkey=error) and on unsupported actions', () => {
    expect(() => renderGo('{{.path.nope}}', params)).toThrow("parameter '.path.nope' is provided by no generator");
    expect(() => renderGo('{{ range .x }}{{ end }}', params)).toThrow('not supported');
  });
  it('normalizes names as Argo CD does', () => {
    expect(normalizeName('My_App')).toBe('my-app');
  });
});
