// Validates a Teams app manifest against the JSON schema bundled in @microsoft/app-manifest, offline.
//
//   node tests/tools/validate-manifest.mjs <manifest.json>
//
// The schema is read from the package's own json-schemas folder for the manifest's "$schema" version and handed to
// the validator, so nothing is fetched (the package's fallback for unknown versions downloads the schema URL).
// A template with ${{NAME}} placeholders is validated with sample values filled in, the way manifest/build-package.sh
// fills them, so the template is checked for shape before any real bot id exists.
// Exit code: 0 valid, 1 invalid, 2 cannot validate (bad arguments, unknown schema version, tools not installed).
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

const samplePlaceholderValues = {
  BOT_ID: "00000000-0000-4000-8000-000000000001",
  BOT_DOMAIN: "bot.example.org",
};

function fail(code, message) {
  console.error(message);
  process.exit(code);
}

const manifestPath = process.argv[2];
if (!manifestPath) {
  fail(2, "usage: node validate-manifest.mjs <manifest.json>");
}

let appManifest;
try {
  appManifest = require("@microsoft/app-manifest");
} catch {
  fail(2, "@microsoft/app-manifest is not installed: run `npm ci --prefix tests/tools` first.");
}

const template = await readFile(manifestPath, "utf8");
const unknownPlaceholders = [];
const text = template.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_, name) => {
  if (!(name in samplePlaceholderValues)) {
    unknownPlaceholders.push(name);
    return "";
  }
  return samplePlaceholderValues[name];
});
if (unknownPlaceholders.length > 0) {
  fail(1, `${manifestPath}: placeholders build-package.sh does not fill: ${[...new Set(unknownPlaceholders)].join(", ")}`);
}

let manifest;
try {
  manifest = JSON.parse(text);
} catch (error) {
  fail(1, `${manifestPath}: not valid JSON: ${error.message}`);
}

const versionMatch = /\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema ?? "");
if (!versionMatch) {
  fail(2, `${manifestPath}: "$schema" is not a Teams manifest schema URL: ${manifest.$schema}`);
}
const packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const schemaPath = path.join(packageDir, "build", "json-schemas", "teams", versionMatch[1], "MicrosoftTeams.schema.json");
if (!existsSync(schemaPath)) {
  fail(2, `@microsoft/app-manifest bundles no schema for ${versionMatch[1]} (looked for ${schemaPath}).`);
}
if (manifest.manifestVersion !== versionMatch[1].slice(1)) {
  fail(1, `${manifestPath}: manifestVersion ${manifest.manifestVersion} does not match the $schema version ${versionMatch[1]}.`);
}

const schema = JSON.parse(await readFile(schemaPath, "utf8"));
const errors = await appManifest.AppManifestUtils.validateAgainstSchema(manifest, schema);
if (errors.length > 0) {
  fail(1, [`${manifestPath}: invalid against the Teams ${versionMatch[1]} schema:`, ...errors.map((e) => `  ${e}`)].join("\n"));
}
console.log(`${manifestPath}: valid against the Teams ${versionMatch[1]} schema bundled in @microsoft/app-manifest`);
