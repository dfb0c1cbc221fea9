import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { s3Request, type S3Config } from "@/lib/s3";

// Where uploaded files (receipts) live: never under public/, only served through an authorised
// route. A local folder by default (STORAGE_DIR, default .data/storage); an S3-compatible bucket
// when S3_BUCKET is set (with S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY).

export interface FileStore {
  put(key: string, body: Uint8Array): Promise<void>;
  /** Null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

/** Keys are made by the application (department/receipts/claim/uuid): anything else is a bug. */
function checkKey(key: string): string {
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._/-]*$/.test(key) || key.split("/").some((part) => part === ".."))
    throw new Error(`invalid storage key: ${key}`);
  return key;
}

export function localStore(root: string): FileStore {
  const file = (key: string) => path.join(root, checkKey(key));
  return {
    async put(key, body) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), body);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(file(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
  };
}

export function s3Store(config: S3Config): FileStore {
  const send = async (method: "PUT" | "GET" | "DELETE", key: string, body?: Uint8Array) => {
    const response = await s3Request(config, method, checkKey(key), body);
    if (!response.ok && !(method !== "PUT" && response.status === 404))
      throw new Error(`S3 ${method} ${key}: HTTP ${response.status}`);
    return response;
  };
  return {
    async put(key, body) {
      await send("PUT", key, body);
    },
    async get(key) {
      const response = await send("GET", key);
      return response.status === 404 ? null : new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      await send("DELETE", key);
    },
  };
}

/** The store the environment asks for; read on each call, so that tests can point it elsewhere. */
export function storage(env: Record<string, string | undefined> = process.env): FileStore {
  if (!env.S3_BUCKET) return localStore(path.resolve(env.STORAGE_DIR || ".data/storage"));
  const required = ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
  const missing = required.filter((name) => !env[name]);
  if (missing.length) throw new Error(`S3_BUCKET is set but not ${missing.join(", ")}`);
  return s3Store({
    endpoint: env.S3_ENDPOINT!,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
  });
}
