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
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { id: string };

// strictTypes off: the W3C schemas put `required` in `allOf` branches without `type`, valid draft-04.
const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv);
// Keywords of the W3C suite's JSONtest format: they describe a test, not a constraint.
ajv.addVocabulary(['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage']);
for (const file of readdirSync(path.join(DIR, 'definitions'))) ajv.addSchema(readJson(path.join(DIR, 'definitions', file)));

/** The suite's MUST assertions for one Annotation, by file name. */
export const ANNOTATION_ASSERTIONS = readdirSync(path.join(DIR, 'annotations')).sort();
const annotationValidators = ANNOTATION_ASSERTIONS.map((file) => [file, ajv.compile(readJson(path.join(DIR, 'annotations', file)))] as const);

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
  return validators.flatMap(([name, validate]) => (validate(value) ? [] : [`${name}: ${ajv.errorsText(validate.errors)}`]));
}

/** Problems with one annotation taken out of its page (it inherits the page's @context, model 5). */
export function annotationFailures(annotation: object): string[] {
  return failures(annotationValidators, annotation);
}

/** Problems with a value against one vendored W3C definition, e.g. `annotations.json#/definitions/motivationList`. */
export function definitionFailures(ref: string, value: unknown): string[] {
  return failures([definition(ref)], value);
}

export function collectionFailures(collection: { '@context'?: unknown; first?: unknown }): string[] {
  return [...failures([contextValidator], collection['@context']), ...failures(collectionValidators, collection), ...failures(pageValidators, collection.first)];
}
