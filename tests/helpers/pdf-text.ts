// The text of a PDF made by @react-pdf/renderer, for tests: content streams are deflated, and each
// embedded font draws glyph ids that its own ToUnicode map turns back into characters (fonts are
// told apart by the name the content stream selects with Tf). One line per text operation: enough
// to check what a document says, not a general PDF reader.
import { inflateSync } from "node:zlib";

type PdfObject = { dict: string; stream: string | null };

function objects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString("latin1");
  const found = new Map<string, PdfObject>();
  for (const [, id, body] of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const [dict = "", raw] = body!.split(/stream\r?\n/);
    let stream: string | null = null;
    if (raw !== undefined) {
      try {
        stream = inflateSync(Buffer.from(raw.replace(/\r?\nendstream\s*$/, ""), "latin1")).toString("latin1");
      } catch {
        stream = null; // not deflated (an image): no text in it
      }
    }
    found.set(id!, { dict, stream });
  }
  return found;
}

const hex = (h: string) => parseInt(h, 16);
// A target may hold several characters ("<0074 0074>": a ligature drawn as one glyph).
const chars = (h: string) => String.fromCodePoint(...(h.replace(/\s/g, "").match(/.{4}/g) ?? []).map(hex));

function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    // One entry per line: "<from> <to> [<a> <b> …]" or "<from> <to> <first>" (consecutive).
    for (const line of block[1]!.split("\n")) {
      const entry = /^\s*<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<[\w\s]+>)\s*$/.exec(line);
      if (!entry) continue;
      const [, from, to, target] = entry;
      const targets = [...target!.matchAll(/<([\w\s]+)>/g)].map((m) => m[1]!);
      for (let code = hex(from!); code <= hex(to!); code++) {
        const offset = code - hex(from!);
        map.set(
          code,
          target!.startsWith("[")
            ? chars(targets[offset] ?? "")
            : String.fromCodePoint(hex(targets[0]!) + offset),
        );
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, target] of block[1]!.matchAll(/<(\w+)>\s*<([\w\s]+)>/g))
      map.set(hex(code!), chars(target!));
  return map;
}

export function pdfText(pdf: Buffer): string {
  const all = objects(pdf);
  // Resource name (/F1) → font object → its ToUnicode map.
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of all.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = all.get(ref!);
      const cmapRef =
        font && /\/Type \/Font/.test(font.dict) ? /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1] : undefined;
      const cmap = cmapRef ? all.get(cmapRef)?.stream : undefined;
      if (cmap) fonts.set(name!, toUnicode(cmap));
    }
  }
  const lines: string[] = [];
  for (const { stream } of all.values()) {
    if (!stream || !/T[Jj]/.test(stream)) continue;
    let font = new Map<number, string>();
    for (const [, name, operand] of stream.matchAll(/\/(\w+) [\d.]+ Tf|(\[[^\]]*\]|<\w*>)\s*T[Jj]/g)) {
      if (name) {
        font = fonts.get(name) ?? new Map();
        continue;
      }
      const glyphs = [...operand!.matchAll(/<(\w*)>/g)].flatMap((m) => m[1]!.match(/.{4}/g) ?? []);
      lines.push(glyphs.map((g) => font.get(hex(g)) ?? "?").join(""));
    }
  }
  return lines.join("\n");
}
