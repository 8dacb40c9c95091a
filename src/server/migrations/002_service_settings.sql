-- Settings the service makes once and keeps: the salt of the consent hashes (a random value, never an
-- address). The add-in fetches it with a valid token and hashes recipient addresses with it.
CREATE TABLE service_settings (
  key text PRIMARY KEY,
  value text NOT NULL
);
