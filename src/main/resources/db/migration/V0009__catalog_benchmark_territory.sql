-- The area a discretion benchmark applies in (its issuing authority's territory); null means nationwide.
-- The most specific benchmark for a place applies; a lower one must stay inside its superior's tiers.
alter table discretion_benchmark add column territory varchar(12) references division (code);
