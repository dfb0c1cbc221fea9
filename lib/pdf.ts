import path from "node:path";
import { Font } from "@react-pdf/renderer";

// PDF documents (sign-in sheets, attestations). Helvetica, @react-pdf's built-in font, garbles names
// outside Latin-1 ("Łukasz", "Ștefan", "Ольга"): documents use Geist, an OFL font covering Latin
// Extended, Cyrillic and Vietnamese that Next.js already ships (tests render such names, so that a
// move of the file in a Next upgrade is seen at once).
export const PDF_FONT = "Geist";

Font.register({
  family: PDF_FONT,
  src: path.join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf"),
});
// Long names wrap on spaces only, never in the middle of a word with a hyphen.
Font.registerHyphenationCallback((word) => [word]);

/** A PDF to download, never to be guessed as something else. */
export function pdfResponse(filename: string, pdf: Buffer): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
