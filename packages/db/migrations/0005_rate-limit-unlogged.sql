-- Rate-limit counters are hit by every anonymous API call: keep them out of the write-ahead log
-- (no WAL record, no flush to disk per call). After a crash the table comes back empty, which
-- only restarts the current windows.
ALTER TABLE "rate_limit" SET UNLOGGED;
