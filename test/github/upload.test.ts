/** The checks made before a SARIF upload, as upload-sarif makes them, and the commit and ref it is filed under. */
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { encodeSarif, uploadProblems, UPLOAD_LIMITS } from '../../src/publish/action/report.js';
import { uploadTarget } from '../../src/publish/action/reporting.js';
import { renderSarif } from '../../src/report/sarif.js';
import { lint } from '../../src/index.js';
import type { PullRequestContext } from '../../src/publish/action/changes.js';

const text = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: shop }\nautomountServiceAccountToken: "false"\n';
const result = lint([{ path: 'deploy/sa.yaml', text }]);
const sarif = (): Sarif.Log => JSON.parse(JSON.stringify(renderSarif(result.findings, result.rules, { category: 'saguard', sources: new Map([['deploy/sa.yaml', text]]) })));
const check = (log: Sarif.Log): string[] => uploadProblems(log, encodeSarif(JSON.stringify(log)));

describe('uploadProblems', () => {
  it("a log of saguard's passes", () => {
    expect(check(sarif())).toEqual([]);
  });

  it.each([
    ['../outside.yaml', '"../outside.yaml"'],
    ['/etc/passwd', '"/etc/passwd"'],
    ['file:///etc/passwd', '"file:///etc/passwd"'],
    ['deploy/%2e%2e/%2e%2e/x.yaml', '"deploy/%2e%2e/%2e%2e/x.yaml"'],
    ['C:/x.yaml', '"C:/x.yaml"'],
    ['a\\..\\..\\x.yaml', '"a\\\\..\\\\..\\\\x.yaml"'],
  ])('a URI outside the repository (%s) stops the upload, in a result or a related location', (uri, quoted) => {
    const a = sarif();
    a.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = uri;
    expect(check(a)).toEqual([`the URI ${quoted} is not a path inside the repository`]);
    const b = sarif();
    b.runs[0]!.results![0]!.relatedLocations = [{ id: 1, physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }];
    expect(check(b)).toEqual([`the URI ${quoted} is not a path inside the repository`]);
  });

  it('more than 25,000 results, 20 runs or 1,000 locations in a result stop the upload', () => {
    const log = sarif();
    const one = log.runs[0]!.results![0]!;
    log.runs[0]!.results = Array.from({ length: UPLOAD_LIMITS.resultsPerRun + 1 }, () => one);
    expect(check(log)).toEqual(['a run has 25001 results; code scanning accepts at most 25,000 per run']);
    const many = sarif();
    many.runs = Array.from({ length: 21 }, () => many.runs[0]!);
    expect(check(many)).toEqual(['it has 21 runs; code scanning accepts at most 20']);
    const crowded = sarif();
    crowded.runs[0]!.results![0]!.locations = Array.from({ length: 1001 }, () => crowded.runs[0]!.results![0]!.locations![0]!);
    expect(check(crowded)).toEqual(['a result has 1001 locations; code scanning accepts at most 1,000']);
  });

  it('more than 10 MB once gzipped stops the upload', () => {
    const encoded = 'A'.repeat(Math.ceil(((UPLOAD_LIMITS.gzipBytes + 1024) * 4) / 3));
    expect(uploadProblems(sarif(), encoded)).toEqual(['it is 10.0 MB gzipped; code scanning accepts at most 10 MB']);
  });
});

describe('uploadTarget', () => {
  const pr: PullRequestContext = { number: 7, baseSha: 'c'.repeat(40), headSha: 'b'.repeat(40), fork: false, event: 'pull_request' };
  const env = { GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/pull/7/merge', GITHUB_EVENT_NAME: 'pull_request' };

  it('the merge commit a pull_request run checks out: its SHA and refs/pull/N/merge', () => {
    expect(uploadTarget(env, pr, 'a'.repeat(40))).toEqual({ commitSha: 'a'.repeat(40), ref: 'refs/pull/7/merge' });
  });
  it("the pull request's head checked out: the head SHA and refs/pull/N/head", () => {
    expect(uploadTarget(env, pr, 'b'.repeat(40))).toEqual({ commitSha: 'b'.repeat(40), ref: 'refs/pull/7/head' });
  });
  it('a push: the analysed commit and its branch', () => {
    expect(uploadTarget({ GITHUB_SHA: 'd'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push' }, undefined, undefined)).toEqual({ commitSha: 'd'.repeat(40), ref: 'refs/heads/main' });
  });
  it("pull_request_target on the base branch's commit is refused; on another commit (the merge ref) it is filed under refs/pull/N/merge", () => {
    const target = { GITHUB_SHA: 'c'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'pull_request_target' };
    expect(uploadTarget(target, { ...pr, event: 'pull_request_target' }, 'c'.repeat(40))).toEqual({ problem: expect.stringContaining("under pull_request_target the checkout is the base branch's commit ccccccc, not pull request #7") });
    expect(uploadTarget(target, { ...pr, event: 'pull_request_target' }, 'e'.repeat(40))).toEqual({ commitSha: 'e'.repeat(40), ref: 'refs/pull/7/merge' });
  });
  it('no commit or no ref: refused with the reason', () => {
    expect(uploadTarget({}, undefined, undefined)).toEqual({ problem: 'the analysed commit is not known (GITHUB_SHA is not set)' });
    expect(uploadTarget({ GITHUB_SHA: 'a'.repeat(40) }, undefined, undefined)).toEqual({ problem: 'GITHUB_REF is "", not a ref' });
  });
});
