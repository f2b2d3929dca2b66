-- Issue 12 §2: the clue source is an enum (cn.oneteam.casehandling.ClueSource), stored by the names the clue form and
-- the API have always used. Before, the API took any text of up to 40 characters; such a source reads as OTHER, and
-- the column now takes the names only, as the enum does.
update penalty_case set source = 'OTHER'
 where source is not null and source not in ('INSPECTION', 'COMPLAINT', 'HOTLINE_12345', 'TRANSFER', 'GRID', 'OTHER');
alter table penalty_case add constraint penalty_case_source_check
    check (source in ('INSPECTION', 'COMPLAINT', 'HOTLINE_12345', 'TRANSFER', 'GRID', 'OTHER'));
