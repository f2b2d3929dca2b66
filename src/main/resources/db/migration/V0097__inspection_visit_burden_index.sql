-- The burden figures and the counts fed to the quiet check (docs/adr/0031-inspection-burden.md) read a year's visits
-- by the day they count on: inspected, else the first day of the window.
create index inspection_visit_counted_day on inspection_visit ((coalesce(inspected_on, window_from)), subject_id)
    where state <> 'CANCELLED';
