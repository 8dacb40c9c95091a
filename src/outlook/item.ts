import type { Callback } from "./office";

/**
 * The compose-item surface Zorgvuldig uses, typed structurally so that Office.js, office-addin-mock
 * objects and the hand-made mocks of the sandbox tests all fit. Names follow Office.js.
 */

export interface EmailAddressDetailsLike {
  emailAddress: string;
  displayName?: string;
  /** Office's recipient type: "user", "externalUser", "distributionList", "group", "other" */
  recipientType?: string;
}

export interface AttachmentDetailsLike {
  id: string;
  name: string;
  contentType?: string;
  size: number;
  /** "file" | "item" | "cloud" */
  attachmentType: string;
  isInline?: boolean;
}

export interface AttachmentContentLike {
  content: string;
  /** "base64" | "eml" | "iCalendar" | "url" */
  format: string;
}

export interface RecipientsLike {
  getAsync(callback: Callback<EmailAddressDetailsLike[]>): void;
}

export interface ComposeItemLike {
  subject: {
    getAsync(callback: Callback<string>): void;
    setAsync?(subject: string, callback: Callback<void>): void;
  };
  body: {
    getAsync(coercionType: string, callback: Callback<string>): void;
    getTypeAsync?(callback: Callback<string>): void;
    appendOnSendAsync?(
      data: string,
      options: { coercionType: string },
      callback: Callback<void>
    ): void;
  };
  from?: { getAsync(callback: Callback<EmailAddressDetailsLike>): void };
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc?: RecipientsLike;
  getAttachmentsAsync?(callback: Callback<AttachmentDetailsLike[]>): void;
  getAttachmentContentAsync?(id: string, callback: Callback<AttachmentContentLike>): void;
  sessionData?: {
    getAsync(name: string, callback: Callback<string>): void;
    setAsync(name: string, value: string, callback: Callback<void>): void;
    removeAsync?(name: string, callback: Callback<void>): void;
  };
  internetHeaders?: {
    setAsync(headers: Record<string, string>, callback: Callback<void>): void;
    /** Mailbox 1.8: the values of the named headers set on this draft */
    getAsync?(names: string[], callback: Callback<Record<string, string>>): void;
  };
  sensitivityLabel?: {
    setAsync(label: string, callback: Callback<void>): void;
    /** Mailbox 1.13: the id of the label on this draft */
    getAsync?(callback: Callback<string>): void;
  };
}
