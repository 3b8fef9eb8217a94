import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithAllowlist, findingsOf } from '../../scripts/electronegativityFindings.mjs';

const result = (ruleId: string, uri: string, startLine = 1) => ({
  ruleId,
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine } } }],
});

const ALLOWLIST = JSON.parse(
  readFileSync(resolve(__dirname, '../../electronegativity-allowlist.json'), 'utf8'),
) as { rule: string; file: string; reason: string }[];

describe("reading Electronegativity's results", () => {
  it('keys findings by rule and file, once each, whatever the line', () => {
    const sarif = {
      runs: [
        {
          results: [
            result('SANDBOX_JS_CHECK', 'main/shell/createMainWindow.ts', 32),
            result('SANDBOX_JS_CHECK', 'main/shell/createMainWindow.ts', 40),
            result('CSP_GLOBAL_CHECK', 'file:///'),
          ],
        },
      ],
    };
    expect(findingsOf(sarif)).toEqual([
      'CSP_GLOBAL_CHECK /',
      'SANDBOX_JS_CHECK main/shell/createMainWindow.ts',
    ]);
  });

  it('fails a new finding, even though Electronegativity itself exits 0', () => {
    const findings = [
      ...ALLOWLIST.map((entry) => `${entry.rule} ${entry.file}`),
      'NODE_INTEGRATION_JS_CHECK main/shell/createMainWindow.ts',
    ];
    expect(compareWithAllowlist(findings, ALLOWLIST)).toEqual({
      unexpected: ['NODE_INTEGRATION_JS_CHECK main/shell/createMainWindow.ts'],
      stale: [],
    });
  });

  it('fails an allowlisted finding that is no longer found, so the list stays true', () => {
    const [first, ...rest] = ALLOWLIST;
    const { stale } = compareWithAllowlist(
      rest.map((entry) => `${entry.rule} ${entry.file}`),
      ALLOWLIST,
    );
    expect(stale).toEqual([`${first?.rule} ${first?.file}`]);
  });

  it('gives a reason for every false positive it allows', () => {
    for (const entry of ALLOWLIST) expect(entry.reason.length).toBeGreaterThan(40);
  });
});
