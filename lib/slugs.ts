// Department slugs live at the root of the URL space, beside the app's own top-level routes.

/** Top-level routes that win over [dept]: no department may take these slugs. */
export const RESERVED_SLUGS = [
  "admin",
  "api",
  "login",
  "invitation",
  "carte",
  "r",
  "_next",
  "favicon.ico",
  "robots.txt",
];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return SLUG.test(slug) && slug.length <= 64 && !RESERVED_SLUGS.includes(slug);
}
