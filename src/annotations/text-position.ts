import { location } from 'vfile-location';

/** Line and column (both 1-based) of an offset, as editors and linters count them. */
export interface TextPoint {
  readonly line: number;
  readonly column: number;
}

/** Builds an offset → line:column converter for a text. @see https://github.com/vfile/vfile-location */
export function pointLocator(text: string): (offset: number) => TextPoint {
  const place = location(text);
  return (offset) => {
    const point = place.toPoint(Math.min(Math.max(offset, 0), text.length));
    return { line: point?.line ?? 1, column: point?.column ?? 1 };
  };
}
