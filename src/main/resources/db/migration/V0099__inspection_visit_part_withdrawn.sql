-- A task drawn again (docs/adr/0027-visits-and-codes.md, docs/adr/0028-joint-visits.md): its part of a joint visit still
-- PLANNED is withdrawn, never deleted; the visit's departments, inspectors and window are those of its remaining parts.
alter table inspection_visit_part add column withdrawn_at timestamptz;
