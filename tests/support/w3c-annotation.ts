/**
 * Validates Web Annotations against the W3C's JSON Schemas for the model, vendored in
 * tests/fixtures/w3c-annotation (draft-04, hence ajv-draft-04). Returns readable failures,
 * one per broken assertion, so a test shows what is wrong rather than "false".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from './fixture-case.ts';

const DIR = path.join(ROOT, 'tests/fixtures/w3c-annotation');
const readJson = <T = { id: string }>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** One assertion file of the W3C suite: a schema plus the JSONtest keywords that say how to read its result. */
interface Assertion {
  id: string;
  assertionType: 'must' | 'should' | 'may';
  expectedResult: 'valid' | 'invalid';
  errorMessage?: string;
}

// strictTypes off: the W3C schemas put `required` in `allOf` branches without `type`, valid draft-04.
// Strict mode stays on otherwise. (One definition no MUST assertion reaches,
// specificResource.json#/definitions/refinedByDetected, spells a key "$ref " with a trailing space;
// ajv compiles definitions only when referenced, so it is never compiled here.)
const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv);
// Keywords of the W3C suite's JSONtest format: they describe a test, not a constraint.
ajv.addVocabulary(['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage']);
// The definitions refer to one another by their `id` (`bodyTarget.json#/definitions/…`), so all are
// registered before any assertion is compiled.
for (const file of readdirSync(path.join(DIR, 'definitions')))
  ajv.addSchema(readJson(path.join(DIR, 'definitions', file)));

/**
 * The suite's MUST assertions for one Annotation, in the order its `annotationMusts.test` lists them
 * ("Annotation has all required keys and all annotation keys used meet required value constraints").
 */
export const ANNOTATION_ASSERTIONS = readJson<{ assertions: string[] }>(
  path.join(DIR, 'annotations/annotationMusts.test'),
).assertions.map((file) => path.basename(file));

type Check = (value: unknown) => string[];

/** A failure when the result differs from the assertion's `expectedResult`, worded with its `errorMessage`. */
function assertionCheck(file: string): Check {
  const schema = readJson<Assertion>(path.join(DIR, 'annotations', file));
  const validate = ajv.compile(schema);
  return (value) => {
    const valid = validate(value);
    if (valid === (schema.expectedResult === 'valid')) return [];
    const detail = valid ? 'the schema matched, expected no match' : ajv.errorsText(validate.errors);
    return [`${file} (${schema.assertionType}): ${schema.errorMessage ?? 'unexpected result'} [${detail}]`];
  };
}
const annotationChecks = ANNOTATION_ASSERTIONS.map(assertionCheck);

const definition = (ref: string) => {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`No schema ${ref} in the vendored W3C definitions`);
  return [ref, validate] as const;
};

/** Collection (model 5.1) and page (5.2) constraints, from the W3C's collections.json definitions. */
const collectionValidators = [
  'collections.json#/definitions/annotationCollectionTypeValueFound',
  'collections.json#/definitions/labelDefinition',
  'collections.json#/definitions/totalDefinition',
  'collections.json#/definitions/firstRequiredIfTotalMoreThanZero',
  'collections.json#/definitions/firstValidIfPresent',
  'collections.json#/definitions/lastValidIfPresent',
].map(definition);
const pageValidators = [
  'collections.json#/definitions/annotationPageTypeValueFound',
  'collections.json#/definitions/itemsFound',
  'collections.json#/definitions/startIndexDefinition',
  'collections.json#/definitions/partOfValidIfPresent',
  'id.json#/definitions/idValueFound',
].map(definition);
const contextValidator = definition('collections.json#/definitions/contextValueFound');

type Validator = readonly [string, ReturnType<typeof ajv.compile>];

function failures(validators: readonly Validator[], value: unknown): string[] {
  return validators.flatMap(([name, validate]) =>
    validate(value) ? [] : [`${name}: ${ajv.errorsText(validate.errors)}`],
  );
}

/** Problems with one annotation taken out of its page (it inherits the page's @context, model 5). */
export function annotationFailures(annotation: object): string[] {
  return annotationChecks.flatMap((check) => check(annotation));
}

/** Problems with a value against one vendored W3C definition, e.g. `annotations.json#/definitions/motivationList`. */
export function definitionFailures(ref: string, value: unknown): string[] {
  return failures([definition(ref)], value);
}

export function collectionFailures(collection: { '@context'?: unknown; first?: unknown }): string[] {
  return [
    ...failures([contextValidator], collection['@context']),
    ...failures(collectionValidators, collection),
    ...failures(pageValidators, collection.first),
  ];
}
