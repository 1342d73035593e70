// Checks the published contracts in schema/ with the tools agency developers use, and prints one JSON report for
// tests/Kenbaarheid.Contracts.Tests to assert on:
//   node check-contracts.mjs <repository root> <folder with the pipeline's real bodies>
// The folder holds what the .NET side produced from the samples with the pipeline's own code: notice-issued.json (the
// notices-issued message for sample 01), get-notice.json (GetNotice's body for it) and preview-90-problems.json
// (the problems PreviewNotice gives for sample 90).
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { Parser, fromFile } from '@asyncapi/parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

const [root, realFolder] = process.argv.slice(2);
const schemaFolder = join(root, 'schema');
const samplesFolder = join(root, 'samples', 'events');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const real = (name) => readJson(join(realFolder, name));

const report = { asyncapi: {}, openapi: {}, samples: [], examples: { checked: 0, mismatches: [] }, bodies: [] };

// AsyncAPI: the official parser, which resolves the $ref to the JSON Schema and validates the document.
const asyncapiPath = join(schemaFolder, 'kenbaarheid.asyncapi.yaml');
const parsed = await fromFile(new Parser(), asyncapiPath).parse();
report.asyncapi = {
  parsed: parsed.document !== undefined,
  version: parsed.document?.version(),
  diagnostics: parsed.diagnostics.map((d) => ({ severity: d.severity, code: String(d.code), message: d.message, path: d.path.join('/') })),
};

// OpenAPI: Redocly's linter with the recommended rules, examples validated against their schemas as errors.
const redocly = join(root, 'tests', 'contracts', 'node_modules', '.bin', 'redocly');
try {
  const { stdout, stderr } = await promisify(execFile)(
    redocly,
    ['lint', join(schemaFolder, 'notices.openapi.yaml'), '--config', join(schemaFolder, 'redocly.yaml'), '--format', 'stylish'],
    { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' } });
  report.openapi = { exitCode: 0, output: stdout + stderr };
} catch (failure) {
  report.openapi = { exitCode: failure.code ?? -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
}

// The event schema, with Ajv as an independent validator in the schema's own dialect (2020-12) and its formats.
const eventSchema = readJson(join(schemaFolder, 'decision-event.v1.schema.json'));
// Strict (unknown keywords and formats are errors), except two style rules that do not follow the schema's structure:
// strictTypes wants a type beside maxLength where a $ref already gives it, and strictRequired wants the properties an
// if/then block requires defined in that block rather than in the object around it.
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }));
const validateEvent = ajv.compile(eventSchema);
const sampleNames = readdirSync(samplesFolder).filter((name) => name.endsWith('.json')).sort();
for (const name of sampleNames) {
  const valid = validateEvent(readJson(join(samplesFolder, name)));
  report.samples.push({ sample: name, valid, errors: (validateEvent.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) });
}

// The documents' examples are the samples, and the documented bodies are what the pipeline gives.
const compare = (what, actual, expected) => {
  report.examples.checked++;
  if (!isDeepStrictEqual(actual, expected)) {
    report.examples.mismatches.push(what);
  }
};
const issuable = sampleNames.filter((name) => !name.startsWith('9')).map((name) => name.replace(/\.json$/, ''));
const asyncapi = parseYaml(readFileSync(asyncapiPath, 'utf8'));
const openapi = parseYaml(readFileSync(join(schemaFolder, 'notices.openapi.yaml'), 'utf8'));

const eventExamples = asyncapi.components.messages.decisionEvent.examples;
compare('AsyncAPI decisionEvent example names are the issuable samples', eventExamples.map((e) => e.name), issuable);
for (const example of eventExamples) {
  compare(`AsyncAPI decisionEvent example ${example.name}`, example.payload, readJson(join(samplesFolder, `${example.name}.json`)));
}

const previewExamples = openapi.paths['/notices/preview'].post.requestBody.content['application/cloudevents+json'].examples;
compare('OpenAPI PreviewNotice request example names are the issuable samples', Object.keys(previewExamples), issuable);
for (const [name, example] of Object.entries(previewExamples)) {
  compare(`OpenAPI PreviewNotice request example ${name}`, example.value, readJson(join(samplesFolder, `${name}.json`)));
}

const rejected = openapi.paths['/notices/preview'].post.responses['422'].content['application/problem+json'].examples.rejected.value;
compare('OpenAPI PreviewNotice 422 example problems are those of sample 90', rejected.problems, real('preview-90-problems.json'));

// Hashes and sizes in the notice examples change with every template change; what they identify must not.
const identity = (body) => ({ noticeId: body.noticeId, agencyId: body.agencyId, decisionId: body.decisionId, revision: body.revision, eventId: body.eventId });
const noticeIssued = real('notice-issued.json');
const issuedExample = asyncapi.components.messages.noticeIssued.examples[0].payload;
compare('AsyncAPI noticeIssued example names the notice of sample 01', identity(issuedExample), identity(noticeIssued));
compare('AsyncAPI noticeIssued example lists the documents of sample 01', issuedExample.files.map((f) => f.path), noticeIssued.files.map((f) => f.path));
const getNotice = real('get-notice.json');
const getExample = openapi.paths['/notices/{agencyId}/{decisionId}/{revision}'].get.responses['200'].content['application/json'].examples.sample01.value;
compare('OpenAPI GetNotice example names the notice of sample 01', identity(getExample.manifest), identity(getNotice.manifest));
compare('OpenAPI GetNotice example links the documents of sample 01', getExample.links.map((l) => l.name), getNotice.links.map((l) => l.name));
compare('OpenAPI GetNotice example manifest has the members of the real one', Object.keys(getExample.manifest), Object.keys(getNotice.manifest));

// The pipeline's real bodies and the documents' examples against the documents' schemas.
const documents = addFormats(new Ajv2020({ allErrors: true, strict: false }));
documents.addSchema(eventSchema);
documents.addSchema(asyncapi, 'asyncapi.json');
documents.addSchema(openapi, 'openapi.json');
const check = (name, schemaRef, body) => {
  const validate = documents.getSchema(schemaRef);
  const valid = validate(body);
  report.bodies.push({ name, valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) });
};
check('notices-issued message (real)', 'asyncapi.json#/components/schemas/noticeIssued', noticeIssued);
check('notices-issued message (example)', 'asyncapi.json#/components/schemas/noticeIssued', issuedExample);
check('GetNotice 200 body (real)', 'openapi.json#/components/schemas/NoticeReadLinks', getNotice);
check('PreviewNotice 422 problems (real)', 'openapi.json#/components/schemas/Problem', { title: 'The event would be rejected.', status: 422, problems: real('preview-90-problems.json') });

process.stdout.write(JSON.stringify(report, null, 2));
