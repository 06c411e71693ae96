// Validates every record file and the index against the JSON Schemas in references/schema,
// as an editor's YAML language server would: an independent check that schema and loader agree.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.env.CI_NODE_DIR, 'package.json'));
const Ajv = require('ajv');
const yaml = require('js-yaml');

const dir = process.argv[2] ?? 'references';
const ajv = new Ajv({ allErrors: true, strict: false });
const record = ajv.compile(JSON.parse(readFileSync(join(dir, 'schema/record.schema.json'), 'utf8')));
const index = ajv.compile(JSON.parse(readFileSync(join(dir, 'schema/index.schema.json'), 'utf8')));

let failed = 0;
let passed = 0;
for (const name of readdirSync(dir).filter(n => n.endsWith('.yaml')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  const wanted = name === 'index.yaml' ? 'schema/index.schema.json' : 'schema/record.schema.json';
  const validate = name === 'index.yaml' ? index : record;
  const problems = [];
  if (!text.startsWith(`# yaml-language-server: $schema=${wanted}\n`)) {
    problems.push(`does not name its schema (${wanted}) on its first line`);
  }
  // JSON_SCHEMA: dates stay strings, as Shelfmark reads them.
  if (!validate(yaml.load(text, { schema: yaml.JSON_SCHEMA }))) {
    problems.push(...validate.errors.map(e => `${e.instancePath || '/'} ${e.message}`));
  }
  if (problems.length) {
    failed++;
    problems.forEach(p => console.log(`${join(dir, name)}: ${p}`));
  } else {
    passed++;
  }
}
console.log(`schema: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
