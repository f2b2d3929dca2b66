-- 派往队伍: the squad or stationed group of the responsible body that the event goes to (the township's stationed
-- group by default, or the team the dispatcher chose among the body's teams); its members see it in their inbox.
alter table intake_event add column team_id bigint references team (id);
create index intake_event_team_idx on intake_event (team_id, state);
