-- A counter per school, raised in the same transaction as every admin edit that changes the
-- school's engine (server/ui/admin.py, save_and_reload). Servers sharing one trust database
-- compare it with the counter their engine was built from and rebuild the school's engine
-- when it has moved (server/schools.py, refresh), so an edit made on one server is in force
-- on the others within seconds, without a restart.
ALTER TABLE schools ADD COLUMN edits_version BIGINT NOT NULL DEFAULT 0;
