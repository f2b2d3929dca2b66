-- TRUNCATE skips row triggers: refuse it too.
create trigger execution_record_no_truncate before truncate on execution_record
    for each statement execute function execution_record_append_only();
