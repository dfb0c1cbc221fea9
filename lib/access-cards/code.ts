import { randomInt } from "node:crypto";
import { keyedHash } from "@/lib/auth/secrets";

// Access-card codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 49
// bits, printed in three short groups ("K7PQ-4QX-9TM") that are easy to read out and type.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 10;

export function newCardCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** What a person types or scans, reduced to the code itself ("k7pq 4qx-9tm" → "K7PQ4QX9TM"). */
export function normaliseCardCode(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function printedCardCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 7)}-${code.slice(7)}`;
}

export function cardCodeHash(code: string): string {
  return keyedHash("access-card", normaliseCardCode(code));
}

export function isCardCodeShaped(code: string): boolean {
  const normalised = normaliseCardCode(code);
  return normalised.length === LENGTH && [...normalised].every((c) => ALPHABET.includes(c));
}
