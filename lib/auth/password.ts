import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP-level memory cost); ~50 ms per hash on these machines.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash counts as a failed sign-in, never as an error page.
    return false;
  }
}
