-- A failed login no longer keeps what was typed as the username (people type passwords there):
-- only a SHA-256 of it, enough to count failures per account.
DELETE FROM login_failure;
ALTER TABLE login_failure RENAME COLUMN username TO account_key;
