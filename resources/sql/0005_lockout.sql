-- A lockout is measured on the computer's monotonic clock while it has not restarted, so that a clock set back or
-- forward neither lengthens nor ends it: the start it was set in (empty where the system names none) and the moment
-- on that start's clock at which it ends. locked_until stays the end by the wall clock, for a computer restarted since.
ALTER TABLE users ADD COLUMN locked_boot TEXT;
ALTER TABLE users ADD COLUMN locked_uptime_until INTEGER;
