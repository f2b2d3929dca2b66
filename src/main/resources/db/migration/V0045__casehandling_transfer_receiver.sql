-- 阅卷权限 (docs/adr/0009-who-may-do-what.md): a transfer to another body may name it as an organisation of the
-- platform; once the transfer is sent, that body's staff holding case:read-transferred read the case.
alter table case_transfer
    add column receiver_org_id bigint references organization (id);
create index case_transfer_receiver_idx on case_transfer (receiver_org_id) where receiver_org_id is not null;
