// The text of a PDF made by @react-pdf/renderer, for tests: its content streams are deflated and
// its embedded fonts draw glyph ids, which each font's ToUnicode map turns back into characters.
// One line per text operation; enough to check that names are printed, not a general PDF reader.
import { inflateSync } from "node:zlib";

function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString("latin1");
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      out.push(inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1"));
    } catch {
      // Not deflated (or an image): no text in it.
    }
  }
  return out;
}

function toUnicode(cmaps: string[]): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => parseInt(h, 16);
  const chars = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map(hex));
  for (const cmap of cmaps) {
    for (const [, from, to, list] of cmap.matchAll(/<(\w+)>\s*<(\w+)>\s*\[([^\]]*)\]/g)) {
      const targets = [...list!.matchAll(/<(\w+)>/g)].map((m) => m[1]!);
      for (let code = hex(from!); code <= hex(to!); code++)
        map.set(code, chars(targets[code - hex(from!)] ?? ""));
    }
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, code, target] of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>/g))
        map.set(hex(code!), chars(target!));
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const all = streams(pdf);
  const map = toUnicode(all.filter((s) => s.includes("begincmap")));
  const lines: string[] = [];
  for (const content of all.filter((s) => /T[Jj]/.test(s))) {
    for (const [, operand] of content.matchAll(/(\[[^\]]*\]|<\w*>)\s*T[Jj]/g)) {
      const glyphs = [...operand!.matchAll(/<(\w*)>/g)].flatMap((m) => m[1]!.match(/.{4}/g) ?? []);
      lines.push(glyphs.map((g) => map.get(parseInt(g, 16)) ?? "?").join(""));
    }
  }
  return lines.join("\n");
}
