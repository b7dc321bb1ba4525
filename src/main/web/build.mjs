// Copies the browser libraries the server's pages use from node_modules into the jar's static resources.
//
//   node build.mjs <outDir>        e.g. target/classes/static/vendor
//
// Writes <outDir>/echarts/echarts.esm.min.js (Apache ECharts as an ES module, served at /vendor/echarts/) with the
// library's LICENSE and NOTICE. The version is the one in package.json and package-lock.json, nowhere else.
// Runs `npm ci` first when node_modules is missing or older than package-lock.json (that step reaches the npm
// registry once); copying needs no network. Does nothing when the copies are newer than the last install.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installNodeModules } from '../../../scripts/npm-ci.mjs';

const projectDir = path.dirname(fileURLToPath(import.meta.url));
const nodeModules = path.join(projectDir, 'node_modules');

// What is copied: [package, file in the package, file name under <outDir>/<package>/].
const FILES = [
  ['echarts', 'dist/echarts.esm.min.mjs', 'echarts.esm.min.js'],
  ['echarts', 'LICENSE', 'LICENSE'],
  ['echarts', 'NOTICE', 'NOTICE'],
];

const outArg = process.argv[2];
if (!outArg || process.argv.length > 3) {
  console.error('usage: node build.mjs <outDir>');
  process.exit(2);
}
const outDir = path.resolve(outArg);

if (!installNodeModules(projectDir)) {
  console.error('web build: npm ci failed');
  process.exit(1);
}
// npm keeps the packages' own (fixed) file times, so the install itself is the time to compare with.
const installedAt = fs.statSync(path.join(nodeModules, '.package-lock.json')).mtimeMs;
let copied = 0;
for (const [pkg, from, to] of FILES) {
  const source = path.join(nodeModules, pkg, from);
  const target = path.join(outDir, pkg, to);
  if (!fs.existsSync(source)) {
    console.error(`web build: ${source} is missing; delete node_modules and build again`);
    process.exit(1);
  }
  if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= installedAt) {
    continue;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  copied++;
}
console.log(copied ? `copied ${copied} file(s) to ${outDir}` : `up to date: ${outDir}`);
