/** Responses for the data endpoints: one place for the media types. */

/** JSON-LD with the Web Annotation profile, as the model's serialisation section asks. */
export function jsonLdResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
}
