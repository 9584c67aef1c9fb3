// Generates src/api/generated/<service>.ts from openapi/<service>.json with openapi-typescript.
//
//   node scripts/gen-api.mjs          write the generated files (npm run gen:api)
//   node scripts/gen-api.mjs --check  generate into a temp dir and fail if the committed
//                                     files differ (npm run check:api, the CI drift check)
//
// A service whose OpenAPI document is not there yet is skipped; a generated file whose
// document is gone is reported as drift (and removed by gen:api).
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const SERVICES = ['catalog', 'publishing', 'interaction'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specDir = path.join(root, 'openapi');
const outDir = path.join(root, 'src', 'api', 'generated');

function header(service) {
  return [
    '/**',
    ` * GENERATED FILE: do not edit by hand.`,
    ` * Source: openapi/${service}.json (the ${service}-api OpenAPI document).`,
    ' * Regenerate with `npm run gen:api`; `npm run check:api` fails when this file is stale.',
    ' */',
    '',
    '',
  ].join('\n');
}

async function generate(service) {
  const spec = path.join(specDir, `${service}.json`);
  if (!existsSync(spec)) return null;
  const ast = await openapiTS(pathToFileURL(spec));
  return header(service) + astToString(ast);
}

async function main() {
  const check = process.argv.includes('--check');
  const target = check ? await mkdtemp(path.join(tmpdir(), 'gongkai-api-')) : outDir;
  await mkdir(target, { recursive: true });
  const drift = [];
  try {
    for (const service of SERVICES) {
      const file = `${service}.ts`;
      const code = await generate(service);
      const committed = path.join(outDir, file);
      if (code === null) {
        console.log(`skip ${service}: openapi/${service}.json not found`);
        if (existsSync(committed)) {
          if (check) drift.push(`${file} exists but openapi/${service}.json does not`);
          else await rm(committed);
        }
        continue;
      }
      await writeFile(path.join(target, file), code);
      if (check) {
        const current = existsSync(committed) ? await readFile(committed, 'utf8') : null;
        if (current !== code) drift.push(current === null ? `${file} is missing` : `${file} differs`);
      } else {
        console.log(`wrote src/api/generated/${file}`);
      }
    }
  } finally {
    if (check) await rm(target, { recursive: true, force: true });
  }
  if (drift.length > 0) {
    console.error('Generated API code is out of date with openapi/*.json:');
    for (const line of drift) console.error(`  - ${line}`);
    console.error('Run `npm run gen:api` and commit the result.');
    process.exit(1);
  }
  if (check) console.log('generated API code is up to date');
}

await main();
