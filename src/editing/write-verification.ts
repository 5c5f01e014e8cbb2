/** `npm run verify-source -- <slug> --write`: the comparison saved beside the article it describes. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VERIFICATION_FILE } from '../corpus/source-files.ts';
import type { Verification } from '../schemas/verification.ts';

/** Writes `<source folder>/verification.json` (pretty JSON, trailing newline) and returns its path. */
export async function writeVerification(root: string, folder: string, verification: Verification): Promise<string> {
  const file = `${folder}/${VERIFICATION_FILE}`;
  await writeFile(path.resolve(root, file), `${JSON.stringify(verification, null, 2)}\n`, 'utf8');
  return file;
}
