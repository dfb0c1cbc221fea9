import { createHash, createHmac } from "node:crypto";

// A small S3-compatible client (path-style: MinIO, Garage, Scaleway, OVH, AWS…): PUT, GET and DELETE
// of one object, signed with AWS Signature Version 4. Written by hand rather than pulling in an SDK
// of several megabytes for three requests; tests/unit/s3-signature.test.ts checks the signature
// against AWS's published examples.

export type S3Config = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

export type SignedRequest = {
  method: string;
  url: URL;
  /** Every header to sign; `host`, `x-amz-date` and `x-amz-content-sha256` among them. */
  headers: Record<string, string>;
};

type Credentials = Pick<S3Config, "region" | "accessKeyId" | "secretAccessKey"> & { service?: string };

export const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function encode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The Authorization header of a request (SigV4, single-chunk payload). */
export function authorization(request: SignedRequest, credentials: Credentials): string {
  const { method, url, headers } = request;
  const service = credentials.service ?? "s3";
  const amzDate = headers["x-amz-date"] ?? "";
  const day = amzDate.slice(0, 8);
  const sorted = Object.entries(headers)
    .map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const signedHeaders = sorted.map(([k]) => k).join(";");
  const canonicalUri = url.pathname
    .split("/")
    .map((segment) => encode(decodeURIComponent(segment)))
    .join("/");
  const canonicalQuery = [...url.searchParams]
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .sort()
    .join("&");
  const canonicalRequest = [
    method,
    canonicalUri,
    canonicalQuery,
    sorted.map(([k, v]) => `${k}:${v}\n`).join(""),
    signedHeaders,
    headers["x-amz-content-sha256"] ?? "",
  ].join("\n");
  const scope = `${day}/${credentials.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const key = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), credentials.region), service),
    "aws4_request",
  );
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** Sends one signed request for an object of the bucket. */
export async function s3Request(
  config: S3Config,
  method: "PUT" | "GET" | "DELETE",
  key: string,
  body?: Uint8Array,
  now = new Date(),
): Promise<Response> {
  const url = new URL(`${config.endpoint.replace(/\/$/, "")}/${config.bucket}/${key}`);
  const headers: Record<string, string> = {
    host: url.host,
    "x-amz-date": now
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, ""),
    "x-amz-content-sha256": sha256Hex(body ?? ""),
  };
  const signature = authorization({ method, url, headers }, config);
  // fetch sets Host itself, from the same URL.
  const sent = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "host"));
  return fetch(url, {
    method,
    headers: { ...sent, authorization: signature },
    ...(body && { body: Buffer.from(body) }),
  });
}
