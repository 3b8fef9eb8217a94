/**
 * Electronegativity exits 0 whatever it finds, so its SARIF output is read here: every finding
 * must be fixed or listed, with its reason, in electronegativity-allowlist.json. A new finding
 * fails, and so does a listed one that no longer appears (the list must stay true).
 */

/**
 * @typedef {{ ruleId: string, locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }} SarifResult
 * @typedef {{ runs?: { results?: SarifResult[] }[] }} Sarif
 * @typedef {{ rule: string, file: string, reason: string }} AllowedFinding
 */

/**
 * Findings as "RULE file" keys, one per rule and file (line numbers move with every edit).
 * @param {Sarif} sarif
 * @returns {string[]}
 */
export function findingsOf(sarif) {
  const keys = new Set();
  for (const run of sarif.runs ?? []) {
    for (const result of run.results ?? []) {
      const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?';
      keys.add(`${result.ruleId} ${uri.replace(/^file:\/\//, '')}`);
    }
  }
  return [...keys].sort();
}

/**
 * @param {string[]} findings
 * @param {AllowedFinding[]} allowlist
 */
export function compareWithAllowlist(findings, allowlist) {
  const allowed = new Set(allowlist.map((entry) => `${entry.rule} ${entry.file}`));
  const found = new Set(findings);
  return {
    unexpected: findings.filter((key) => !allowed.has(key)),
    stale: [...allowed].filter((key) => !found.has(key)).sort(),
  };
}
