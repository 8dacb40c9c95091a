-- Audit events: rule ids, finding types and counts, category, recipient domains and classes, the user,
-- the time, the client, the reason code and the checked explanation. Never message content.
CREATE TABLE audit_events (
  id uuid PRIMARY KEY,
  kind text NOT NULL,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  user_address text NOT NULL,
  action text,
  category text,
  client text,
  field text,
  rules jsonb NOT NULL,
  findings jsonb NOT NULL,
  recipient_domains jsonb NOT NULL,
  recipient_classes jsonb,
  reason_code text,
  reason_text text,
  recipient_hash text,
  -- the token's object id (oid) of whoever posted it
  posted_by text,
  -- sha-256 of the canonical event: a retry with other content under the same id is refused
  content_hash text NOT NULL
);
CREATE INDEX audit_events_occurred ON audit_events (occurred_at);
CREATE INDEX audit_events_consent ON audit_events (recipient_hash, occurred_at)
  WHERE recipient_hash IS NOT NULL;
