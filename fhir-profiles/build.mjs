// Offline build of the FHIR package from the FSH sources.
//
//   node build.mjs <outDir>
//
// 1. Prepares a project-local FHIR package cache under target/fhir-home/.fhir/packages
//    (hl7.fhir.r4.core rebuilt from hl7.fhir.r4.examples, plus the HL7 packages from node_modules).
//    The user's own ~/.fhir is never touched.
// 2. Runs SUSHI from node_modules with HOME pointed at that cache, with snapshots; any SUSHI error fails
//    the build.
// 3. Writes <outDir>/<packageId>-<version>.tgz: a FHIR NPM package with sorted entries and fixed
//    timestamps, so the same sources give the same bytes. Besides the conformance resources it holds the example
//    bundles of ../examples in package/example/, and the conformance fixtures of ../src/test/resources/fixtures as
//    profile test cases in package/tests/profiles/ (see profileTestCases below).
// 4. Does nothing when the .tgz is newer than every input.
//
// Needs Node 20. Runs `npm ci` first when node_modules is missing or older than package-lock.json (that step
// reaches the npm registry once); the build itself needs no network access.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { installNodeModules } from '../scripts/npm-ci.mjs';

const projectDir = path.dirname(fileURLToPath(import.meta.url));
const targetDir = path.join(projectDir, 'target');
const fhirHome = path.join(targetDir, 'fhir-home');
const packageCache = path.join(fhirHome, '.fhir', 'packages');
const cacheStamp = path.join(fhirHome, 'prepared.json');
const sushiOut = path.join(targetDir, 'sushi');
const nodeModules = path.join(projectDir, 'node_modules');
const repoDir = path.dirname(projectDir);
// The example bundles (their only copy) and the conformance fixtures with their expected failures, read at build time.
const examplesDir = path.join(repoDir, 'examples');
const fixturesDir = path.join(repoDir, 'src', 'test', 'resources', 'fixtures');
const expectedFailuresCsv = path.join(repoDir, 'src', 'test', 'resources', 'validation', 'expected-failures.csv');
// Where the package keeps them.
const EXAMPLE_FOLDER = 'package/example';
const TESTS_FOLDER = 'package/tests/profiles';
const TEST_CASES_FILE = 'profile-test-cases.json';

// Bump when the layout of the prepared cache changes, so old caches are rebuilt.
const CACHE_LAYOUT = 2;

// Fixed mtime for every tar entry (1985-10-26, the value npm uses), so the archive is reproducible.
const TAR_MTIME = 499162500;

// Resource types that make up hl7.fhir.r4.core; hl7.fhir.r4.examples adds examples on top of these.
const CORE_RESOURCE_TYPES = new Set([
  'CapabilityStatement',
  'CodeSystem',
  'CompartmentDefinition',
  'ConceptMap',
  'ImplementationGuide',
  'NamingSystem',
  'OperationDefinition',
  'SearchParameter',
  'StructureDefinition',
  'StructureMap',
  'ValueSet',
]);

// HL7 packages copied from node_modules into the cache.
// hl7.fhir.uv.ips is not a dependency of our package: the tests validate the server's patient summary against it.
const COPIED_PACKAGES = ['hl7.terminology.r4', 'hl7.fhir.uv.extensions.r4', 'hl7.fhir.xver-extensions', 'hl7.fhir.uv.ips'];

// Dependencies rewritten in the cached copies of two packages. As published, hl7.terminology.r4 7.0.1 wants
// hl7.fhir.uv.extensions.r4 5.2.0 and the extensions package wants hl7.terminology.r4 6.5.0; neither version
// is on npm, and the HL7 Java loader follows dependencies without detecting the resulting cycle.
const CACHE_DEPENDENCIES = {
  'hl7.terminology.r4': { 'hl7.fhir.r4.core': '4.0.1', 'hl7.fhir.uv.extensions.r4': '5.3.0-ballot-tc1' },
  'hl7.fhir.uv.extensions.r4': { 'hl7.fhir.r4.core': '4.0.1' },
  // IPS 2.0.0 also wants hl7.fhir.uv.ipa 1.1.0, which is not on npm (package.json overrides it with a stand-in
  // so that npm ci succeeds); only IPS's CapabilityStatement and ImplementationGuide name IPA, none of its
  // profiles, so the cached copy drops it and takes our versions of the other two.
  'hl7.fhir.uv.ips': {
    'hl7.fhir.r4.core': '4.0.1',
    'hl7.terminology.r4': '7.0.1',
    'hl7.fhir.uv.extensions.r4': '5.3.0-ballot-tc1',
  },
};

// sushi-config.yaml dependencies that the published package declares too: hl7.terminology.r4 defines the
// ICD-O-3 system URL our value sets use. The extensions package is needed by SUSHI only.
const PUBLISHED_DEPENDENCIES = ['hl7.terminology.r4'];

main();

function main() {
  const outArg = process.argv[2];
  if (!outArg || process.argv.length > 3) {
    console.error('usage: node build.mjs <outDir>');
    process.exit(2);
  }
  const config = readSushiConfig(path.join(projectDir, 'sushi-config.yaml'));
  const outDir = path.resolve(outArg);
  const tgzPath = path.join(outDir, `${config.packageId}-${config.version}.tgz`);
  const started = Date.now();

  if (!installNodeModules(projectDir)) {
    fail('npm ci failed');
  }
  if (isUpToDate(tgzPath) && isCachePrepared()) {
    console.log(`up to date: ${tgzPath}`);
    console.log(`FHIR package cache: ${packageCache}`);
    return;
  }

  prepareCache();
  const resources = withVersion(runSushi(), config.version);
  const files = packageFiles(config, resources);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(tgzPath, gzip(tar(files)));
  installIntoCache(config, files);

  console.log(`wrote ${tgzPath} (${resources.length} resources) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`FHIR package cache: ${packageCache}`);
}

// --- incremental check -------------------------------------------------------------------------

function isUpToDate(tgzPath) {
  if (!fs.existsSync(tgzPath)) {
    return false;
  }
  const inputs = [
    ...listFiles(path.join(projectDir, 'input', 'fsh')),
    ...exampleFiles(),
    ...listFiles(fixturesDir),
    expectedFailuresCsv,
    path.join(projectDir, 'sushi-config.yaml'),
    path.join(projectDir, 'build.mjs'),
    path.join(projectDir, 'package-lock.json'),
  ];
  const built = fs.statSync(tgzPath).mtimeMs;
  return inputs.every((file) => fs.statSync(file).mtimeMs < built);
}

function listFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    });
}

// --- FHIR package cache ------------------------------------------------------------------------

// The cache is keyed on package-lock.json: new npm packages mean a new cache.
function cacheKey() {
  const lock = fs.readFileSync(path.join(projectDir, 'package-lock.json'));
  return { layout: CACHE_LAYOUT, lock: createHash('sha256').update(lock).digest('hex') };
}

function isCachePrepared() {
  if (!fs.existsSync(cacheStamp)) {
    return false;
  }
  const stamp = JSON.parse(fs.readFileSync(cacheStamp, 'utf8'));
  const key = cacheKey();
  return stamp.layout === key.layout && stamp.lock === key.lock;
}

function prepareCache() {
  if (isCachePrepared()) {
    return;
  }
  if (!fs.existsSync(nodeModules)) {
    fail('node_modules is missing: run `npm ci` first');
  }
  console.log(`preparing FHIR package cache in ${packageCache}`);
  fs.rmSync(fhirHome, { recursive: true, force: true });
  fs.mkdirSync(packageCache, { recursive: true });
  // The HL7 Java package manager expects this file; version 3 is its current cache layout.
  fs.writeFileSync(path.join(packageCache, 'packages.ini'), '[cache]\nversion = 3\n');

  const examples = path.join(nodeModules, 'hl7.fhir.r4.examples');
  const core = cacheFolder('hl7.fhir.r4.core', readJson(path.join(examples, 'package.json')).version);
  for (const name of fs.readdirSync(examples).sort()) {
    if (name.endsWith('.json') && name !== 'package.json' && CORE_RESOURCE_TYPES.has(name.split('-')[0])) {
      linkOrCopy(path.join(examples, name), path.join(core, name));
    }
  }
  writeJson(path.join(core, 'package.json'), {
    name: 'hl7.fhir.r4.core',
    version: '4.0.1',
    type: 'Core',
    license: 'CC0-1.0',
    canonical: 'http://hl7.org/fhir',
    url: 'http://hl7.org/fhir/R4',
    title: 'FHIR R4 package: core definitions (rebuilt from hl7.fhir.r4.examples 4.0.1)',
    description: 'Conformance resources of FHIR R4, rebuilt offline because hl7.fhir.r4.core has no installable npm version.',
    fhirVersions: ['4.0.1'],
    dependencies: {},
  });
  writeIndex(core);

  for (const pkg of COPIED_PACKAGES) {
    const source = path.join(nodeModules, pkg);
    const folder = cacheFolder(pkg, readJson(path.join(source, 'package.json')).version);
    copyTree(source, folder);
    if (CACHE_DEPENDENCIES[pkg]) {
      const manifestPath = path.join(folder, 'package.json');
      const manifest = readJson(manifestPath);
      manifest.dependencies = CACHE_DEPENDENCIES[pkg];
      fs.rmSync(manifestPath); // a hard link to node_modules: replace it, never write through it
      writeJson(manifestPath, manifest);
    }
    if (!fs.existsSync(path.join(folder, '.index.json'))) {
      writeIndex(folder);
    }
  }
  writeJson(cacheStamp, cacheKey());
}

function cacheFolder(name, version) {
  const folder = path.join(packageCache, `${name}#${version}`, 'package');
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

function copyTree(source, dest) {
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    if (entry.name === 'node_modules') {
      continue;
    }
    const from = path.join(source, entry.name);
    const to = path.join(dest, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(to, { recursive: true });
      copyTree(from, to);
    } else {
      linkOrCopy(from, to);
    }
  }
}

// Hard links keep the ~300 MB cache cheap; copy where links are not possible (other volume, Windows).
function linkOrCopy(from, to) {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

// .index.json as the HL7 Java tools write it (index-version 2), so they do not re-index at start-up.
function writeIndex(folder) {
  const files = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== 'package.json' && !name.startsWith('.'))
    .sort()
    .map((name) => indexEntry(name, readJson(path.join(folder, name))))
    .filter((entry) => entry !== null);
  writeJson(path.join(folder, '.index.json'), { 'index-version': 2, files });
}

function indexEntry(filename, resource) {
  if (typeof resource?.resourceType !== 'string') {
    return null;
  }
  const entry = { filename, resourceType: resource.resourceType };
  for (const key of ['id', 'url', 'version', 'kind', 'type', 'supplements', 'content', 'valueSet', 'derivation']) {
    if (typeof resource[key] === 'string') {
      entry[key] = resource[key];
    }
  }
  return entry;
}

// --- SUSHI -------------------------------------------------------------------------------------

function runSushi() {
  fs.rmSync(sushiOut, { recursive: true, force: true });
  const sushi = path.join(nodeModules, 'fsh-sushi', 'dist', 'app.js');
  // HOME (USERPROFILE on Windows) decides where SUSHI's package loader looks for ~/.fhir/packages.
  // SUSHI also asks npm for its latest version (informational only; it carries on without an answer);
  // with HOME moved, npm would not see the user's .npmrc, so silence its update notice here.
  const env = { ...process.env, HOME: fhirHome, USERPROFILE: fhirHome, npm_config_update_notifier: 'false' };
  const result = spawnSync(process.execPath, [sushi, 'build', projectDir, '--snapshot', '--out', sushiOut], {
    cwd: projectDir,
    env,
    stdio: 'inherit',
  });
  if (result.error) {
    fail(`could not start SUSHI: ${result.error.message}`);
  }
  if (result.status !== 0) {
    // SUSHI exits with its error count.
    fail(`SUSHI reported ${result.status} error(s)`);
  }
  const resourceDir = path.join(sushiOut, 'fsh-generated', 'resources');
  const resources = fs
    .readdirSync(resourceDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(resourceDir, name)) }));
  if (resources.length === 0) {
    fail(`SUSHI wrote no resources to ${resourceDir}`);
  }
  return resources;
}

// SUSHI gives profiles, value sets and code systems the version of sushi-config.yaml, but not the definitional
// instances (SearchParameters, CapabilityStatements): they get it here, so the version has one source.
function withVersion(resources, version) {
  return resources.map(({ name, bytes }) => {
    const resource = JSON.parse(bytes.toString('utf8'));
    if (typeof resource.url !== 'string' || resource.version !== undefined) {
      return { name, bytes };
    }
    const versioned = {};
    for (const [key, value] of Object.entries(resource)) {
      versioned[key] = value;
      if (key === 'url') {
        versioned.version = version;
      }
    }
    return { name, bytes: jsonBytes(versioned) };
  });
}

// --- package assembly --------------------------------------------------------------------------

function packageFiles(config, resources) {
  for (const name of PUBLISHED_DEPENDENCIES) {
    if (!config.dependencies[name]) {
      fail(`sushi-config.yaml does not pin ${name}`);
    }
  }
  const manifest = {
    name: config.packageId,
    version: config.version,
    type: 'Conformance',
    title: config.title,
    description: config.description,
    author: config.publisher,
    license: config.license,
    canonical: config.canonical,
    url: config.canonical,
    fhirVersions: [config.fhirVersion],
    dependencies: {
      'hl7.fhir.r4.core': config.fhirVersion,
      ...Object.fromEntries(PUBLISHED_DEPENDENCIES.map((name) => [name, config.dependencies[name]])),
    },
  };
  const index = {
    'index-version': 2,
    files: resources
      .map(({ name, bytes }) => indexEntry(name, JSON.parse(bytes.toString('utf8'))))
      .filter((entry) => entry !== null),
  };
  const files = [
    { name: 'package/.index.json', bytes: jsonBytes(index) },
    { name: 'package/package.json', bytes: jsonBytes(manifest) },
    ...resources.map(({ name, bytes }) => ({ name: `package/${name}`, bytes })),
    ...exampleEntries(),
    ...profileTestCases(config, resources),
  ];
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// --- examples and profile test cases ------------------------------------------------------------

function exampleFiles() {
  return fs
    .readdirSync(examplesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(examplesDir, name));
}

// The example bundles byte for byte, under their own file names, with an index as in the package folder.
function exampleEntries() {
  const examples = exampleFiles().map((file) => ({ name: path.basename(file), bytes: fs.readFileSync(file) }));
  if (examples.length === 0) {
    fail(`no example bundles in ${examplesDir}`);
  }
  const index = {
    'index-version': 2,
    files: examples
      .map(({ name, bytes }) => indexEntry(name, JSON.parse(bytes.toString('utf8'))))
      .filter((entry) => entry !== null),
  };
  return [
    { name: `${EXAMPLE_FOLDER}/.index.json`, bytes: jsonBytes(index) },
    ...examples.map(({ name, bytes }) => ({ name: `${EXAMPLE_FOLDER}/${name}`, bytes })),
  ];
}

// The conformance fixtures as profile test cases, in the format of HL7's IG guidance ("Profile Test Cases",
// build.fhir.org/ig/FHIR/ig-guidance/profile-test-cases.html) that the IG Publisher runs: a control file
// {"profiles": [{"url", "tests": [{"source", "description", "valid", "outcome"}]}]} beside the fixtures, each
// source relative to it. fixtures/<profile-id>/p<n>-*.json must be valid against the profile of its folder;
// f<n>-*.json must produce the issues its rows in expected-failures.csv give (severity, the start of the location,
// a fragment of the message). `valid` is false when one of those issues is an error (a warning-only rule leaves
// the resource valid), and `outcome` is an OperationOutcome matchetype in pattern mode: the expected issue with
// its severity and $fragments:…$ masks for its expression and text (a fixture with several rows gets one test per
// row).
function profileTestCases(config, resources) {
  const profiles = new Map(
    resources
      .map(({ bytes }) => JSON.parse(bytes.toString('utf8')))
      .filter((r) => r.resourceType === 'StructureDefinition' && r.kind === 'resource' && r.type !== 'Extension')
      .map((r) => [r.id, r.url]),
  );
  const expected = readExpectedFailures();
  const files = [];
  const control = { profiles: [] };
  for (const profileId of fs.readdirSync(fixturesDir).sort()) {
    const url = profiles.get(profileId);
    if (!url) {
      fail(`fixtures/${profileId} names no profile of the package`);
    }
    const tests = [];
    for (const name of fs.readdirSync(path.join(fixturesDir, profileId)).sort()) {
      if (!name.endsWith('.json')) {
        continue;
      }
      const source = `${profileId}/${name}`;
      files.push({ name: `${TESTS_FOLDER}/${source}`, bytes: fs.readFileSync(path.join(fixturesDir, source)) });
      if (/^p\d+-/.test(name)) {
        tests.push({ source, description: `Conforms to ${profileId}.`, valid: true });
      } else if (/^f\d+-/.test(name)) {
        const rows = expected.get(source);
        if (!rows) {
          fail(`${source} has no row in ${path.relative(repoDir, expectedFailuresCsv)}`);
        }
        expected.delete(source);
        // One test per expected issue: a matchetype finds the items of a list in order, and the order of the
        // validator's issues depends on their issue type, which the rows do not give.
        const valid = !rows.some((r) => r.severity === 'error' || r.severity === 'fatal');
        rows.forEach((r, i) =>
          tests.push({
            source,
            description:
              `Breaks one rule of ${profileId}` +
              (rows.length > 1 ? ` (issue ${i + 1} of ${rows.length})` : '') +
              `: ${r.severity} at ${r.location}: ${r.message}.`,
            valid,
            outcome: {
              resourceType: 'OperationOutcome',
              issue: [
                {
                  severity: r.severity,
                  expression: [`$fragments:${r.location}$`],
                  details: { text: `$fragments:${r.message}$` },
                },
              ],
            },
          }),
        );
      } else {
        fail(`fixture ${source} is neither p<n>-… (passes) nor f<n>-… (fails)`);
      }
    }
    control.profiles.push({ url, tests });
  }
  if (expected.size > 0) {
    fail(`rows of expected-failures.csv name no fixture: ${[...expected.keys()].join(', ')}`);
  }
  files.push({ name: `${TESTS_FOLDER}/${TEST_CASES_FILE}`, bytes: jsonBytes(control) });
  return files;
}

// expected-failures.csv: fixture,profile,severity,location,message; a field may be quoted ("…, …").
function readExpectedFailures() {
  const lines = fs.readFileSync(expectedFailuresCsv, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = parseCsvLine(lines[0]).join(',');
  if (header !== 'fixture,profile,severity,location,message') {
    fail(`unexpected header in ${expectedFailuresCsv}: ${header}`);
  }
  const rows = new Map();
  for (const line of lines.slice(1)) {
    const cells = parseCsvLine(line);
    if (cells.length !== 5) {
      fail(`expected 5 fields in ${expectedFailuresCsv}: ${line}`);
    }
    const [fixture, , severity, location, message] = cells;
    if (message.includes('|') || message.includes('$') || location.includes('|') || location.includes('$')) {
      fail(`a matchetype mask cannot hold | or $: ${line}`);
    }
    rows.set(fixture, [...(rows.get(fixture) ?? []), { severity, location, message }]);
  }
  return rows;
}

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

// Our own package goes into the cache too, so the HL7 validator can load it by name.
function installIntoCache(config, files) {
  const folder = path.join(packageCache, `${config.packageId}#${config.version}`);
  fs.rmSync(folder, { recursive: true, force: true });
  for (const { name, bytes } of files) {
    const dest = path.join(folder, name);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, bytes);
  }
}

// A POSIX ustar archive of regular files: fixed owner, mode and mtime.
function tar(files) {
  const blocks = [];
  for (const { name, bytes } of files) {
    blocks.push(tarHeader(name, bytes.length), bytes);
    const padding = (512 - (bytes.length % 512)) % 512;
    if (padding > 0) {
      blocks.push(Buffer.alloc(padding));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

function tarHeader(name, size) {
  const header = Buffer.alloc(512);
  const [prefix, base] = splitTarName(name);
  header.write(base, 0, 100, 'utf8');
  header.write('0000644\0', 100, 'ascii');
  header.write('0000000\0', 108, 'ascii');
  header.write('0000000\0', 116, 'ascii');
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  header.write(`${TAR_MTIME.toString(8).padStart(11, '0')}\0`, 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) {
    sum += byte;
  }
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

function splitTarName(name) {
  if (Buffer.byteLength(name) <= 100) {
    return ['', name];
  }
  const cut = name.lastIndexOf('/', 155);
  if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100) {
    fail(`file name too long for a tar entry: ${name}`);
  }
  return [name.slice(0, cut), name.slice(cut + 1)];
}

function gzip(buffer) {
  const gz = zlib.gzipSync(buffer, { level: 9 });
  gz[9] = 0xff; // OS field "unknown": the same header on every platform
  return gz;
}

// --- helpers -----------------------------------------------------------------------------------

// Reads the top-level scalars this script needs; sushi-config.yaml keeps them on one line each.
function readSushiConfig(file) {
  const text = fs.readFileSync(file, 'utf8');
  const scalar = (key, pattern = `^${key}:[ \\t]*(.+)$`) => {
    const match = text.match(new RegExp(pattern, 'm'));
    if (!match) {
      fail(`${key} not found in ${file}`);
    }
    return match[1].trim().replace(/^"(.*)"$/, '$1');
  };
  return {
    packageId: scalar('packageId'),
    version: scalar('version'),
    canonical: scalar('canonical'),
    fhirVersion: scalar('fhirVersion'),
    license: scalar('license'),
    title: scalar('title'),
    description: scalar('description'),
    publisher: scalar('publisher.name', '^publisher:\\s*\\n\\s+name:[ \\t]*(.+)$'),
    dependencies: yamlDependencies(text),
  };
}

// The `name: version` lines indented under the top-level `dependencies:` key.
function yamlDependencies(text) {
  const block = text.match(/^dependencies:[ \t]*\n((?:[ \t]+\S.*\n?)+)/m);
  const entries = block ? [...block[1].matchAll(/^[ \t]+([\w.-]+):[ \t]*(\S+)/gm)] : [];
  return Object.fromEntries(entries.map(([, name, version]) => [name, version]));
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function jsonBytes(value) {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

function writeJson(file, value) {
  fs.writeFileSync(file, jsonBytes(value));
}

function fail(message) {
  console.error(`build.mjs: ${message}`);
  process.exit(1);
}
