import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";

// One interface for every way a message leaves the application. Email goes through SMTP when
// SMTP_URL is set, SMS through one HTTP provider when SMS_API_URL is set; otherwise (development,
// tests, the demo) each message is written as a JSON file that a person or a test can read.

export type RenderedMessage = { id: string; to: string; subject: string; text: string };

export interface ChannelAdapter {
  /** Resolves once the provider accepted the message; throws (with a readable reason) otherwise. */
  send(message: RenderedMessage): Promise<void>;
}

export type Adapters = Record<OutboxChannel, ChannelAdapter>;

export function fileAdapter(channel: OutboxChannel, dir = env().OUTBOX_DIR): ChannelAdapter {
  return {
    async send(message) {
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${message.id}.json`);
      await writeFile(file, JSON.stringify({ channel, ...message }, null, 2));
    },
  };
}

export function smtpAdapter(url: string, from: string): ChannelAdapter {
  const transport = nodemailer.createTransport(url);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}

/** A provider that takes `POST { to, text }` with a bearer key, as most SMS gateways offer. */
export function httpSmsAdapter(url: string, key: string): ChannelAdapter {
  return {
    async send({ to, text }) {
      const response = await fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) throw new Error(`SMS provider answered ${response.status}`);
    },
  };
}

/** The adapters the environment configures. */
export function adaptersFromEnv(): Adapters {
  const { SMTP_URL, SMTP_FROM, SMS_API_URL, SMS_API_KEY } = env();
  return {
    EMAIL: SMTP_URL ? smtpAdapter(SMTP_URL, SMTP_FROM) : fileAdapter("EMAIL"),
    SMS: SMS_API_URL && SMS_API_KEY ? httpSmsAdapter(SMS_API_URL, SMS_API_KEY) : fileAdapter("SMS"),
  };
}
