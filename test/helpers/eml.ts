/** Builds small fictitious .eml messages for tests. */
export interface EmlSpec {
  from?: string;
  to?: string;
  cc?: string;
  subject?: string;
  body: string;
}

export function buildEml(spec: EmlSpec): string {
  const headers = [
    `From: ${spec.from ?? "Sanne Verhoef <s.verhoef@praktijk-test.nl>"}`,
    `To: ${spec.to ?? "Ans Janssen <ans.janssen@gmail.com>"}`,
    ...(spec.cc ? [`Cc: ${spec.cc}`] : []),
    `Subject: ${spec.subject ?? "Bericht"}`,
    "Date: Tue, 04 Mar 2025 10:12:00 +0100",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: 8bit",
  ];
  return headers.join("\r\n") + "\r\n\r\n" + spec.body.replace(/\n/g, "\r\n") + "\r\n";
}
