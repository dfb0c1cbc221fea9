import { createServer, type Server } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorization } from "@/lib/s3";
import { localStore, s3Store, storage, type FileStore } from "@/lib/storage";

// The same contract for both stores: the local folder for real, the S3 store against a small
// in-process S3 stand-in (no S3 server runs here) that refuses any request whose signature is wrong.

const config = {
  bucket: "recus",
  region: "eu-west-3",
  accessKeyId: "TESTKEY",
  secretAccessKey: "test-secret",
};

function fakeS3(): Promise<{ server: Server; endpoint: string }> {
  const objects = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    const signed = Object.fromEntries(
      ["host", "x-amz-date", "x-amz-content-sha256"].map((h) => [h, String(req.headers[h])]),
    );
    const expected = authorization({ method: req.method ?? "GET", url, headers: signed }, config);
    if (req.headers.authorization !== expected || !url.pathname.startsWith(`/${config.bucket}/`)) {
      res.writeHead(403).end();
      return;
    }
    const key = url.pathname;
    if (req.method === "PUT") objects.set(key, Buffer.concat(chunks));
    if (req.method === "DELETE") objects.delete(key);
    if (req.method === "GET" && !objects.has(key)) res.writeHead(404).end();
    else res.writeHead(req.method === "DELETE" ? 204 : 200).end(req.method === "GET" ? objects.get(key) : "");
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, endpoint: `http://127.0.0.1:${port}` });
    }),
  );
}

let folder: string;
let s3: { server: Server; endpoint: string };

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "storage-test-"));
  s3 = await fakeS3();
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  s3.server.close();
});

const stores: [string, () => FileStore][] = [
  ["a local folder", () => localStore(folder)],
  ["an S3-compatible bucket", () => s3Store({ ...config, endpoint: s3.endpoint })],
];

describe.each(stores)("files kept in %s", (_name, store) => {
  const bytes = new Uint8Array([37, 80, 68, 70, 0, 255, 1]);

  it("gives back exactly what was stored, and nothing once deleted", async () => {
    await store().put("dept-1/receipts/claim-1/recu", bytes);
    expect(await store().get("dept-1/receipts/claim-1/recu")).toEqual(bytes);
    await store().delete("dept-1/receipts/claim-1/recu");
    expect(await store().get("dept-1/receipts/claim-1/recu")).toBeNull();
  });

  it("answers null for a file that was never stored", async () => {
    expect(await store().get("dept-1/receipts/none")).toBeNull();
  });

  it("refuses a key that would leave its folder", async () => {
    await expect(store().put("../outside", bytes)).rejects.toThrow(/invalid storage key/);
    await expect(store().get("dept/../../etc/passwd")).rejects.toThrow(/invalid storage key/);
  });
});

describe("choosing the store from the environment", () => {
  it("uses a local folder unless a bucket is configured, and names what an S3 setup lacks", async () => {
    await storage({ STORAGE_DIR: folder }).put("chosen/file", new Uint8Array([1]));
    expect(await localStore(folder).get("chosen/file")).toEqual(new Uint8Array([1]));
    expect(() => storage({ S3_BUCKET: "recus", S3_ENDPOINT: "http://s3" })).toThrow(
      "S3_BUCKET is set but not S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY",
    );
  });
});
