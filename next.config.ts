import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Metadata in the <head> for every visitor, not streamed in after the body: a screen reader
  // announces the page's title as soon as it opens, and axe never meets a page without one.
  htmlLimitedBots: /.*/,
  // Native module: loaded by Node at run time rather than bundled.
  serverExternalPackages: ["@node-rs/argon2"],
  // Receipts of up to 10 MB are sent through a server action (one file per form), plus the form's
  // multipart overhead; the form checks the size first and says so in French (lib/claims/options.ts).
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Answer and invitation links carry tokens in their path: never send it to another site.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Production is served over HTTPS (README); a development server on http must not pin it.
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
