-- 违法所得, 货值金额, 工程造价…: the base found in the investigation where the matter sets the fine as a multiple.
alter table penalty_case add column base_amount numeric(14, 2);
