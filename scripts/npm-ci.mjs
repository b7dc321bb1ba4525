// The incremental `npm ci` step shared by the project's Node builds (fhir-profiles/build.mjs, src/main/web/build.mjs).
//
// npm records a completed install in node_modules/.package-lock.json; `npm ci` runs only when that record is missing
// or older than package-lock.json, so a build reaches the npm registry once and is offline afterwards.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Installs projectDir's locked dependencies if needed; returns false (after npm printed why) if npm ci failed. */
export function installNodeModules(projectDir) {
  const installed = path.join(projectDir, 'node_modules', '.package-lock.json');
  const lock = path.join(projectDir, 'package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) {
    return true;
  }
  console.log(`npm ci in ${projectDir} (package-lock.json is newer than node_modules)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: projectDir, stdio: 'inherit' });
  return result.status === 0;
}
