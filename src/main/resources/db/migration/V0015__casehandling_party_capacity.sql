-- 辨认或者控制能力 of a natural person at the time of the act (处罚法 §31), found in the investigation report.
alter table penalty_case
    add column party_capacity varchar(15) not null default 'FULL'
        check (party_capacity in ('FULL', 'LOST', 'DIMINISHED'));
