-- The teams before and after consolidation are counted from the former-team register (V0137), never typed in:
-- the two typed-in numbers per body are retired (docs/adr/0051-reform-report.md).
drop table consolidation;
