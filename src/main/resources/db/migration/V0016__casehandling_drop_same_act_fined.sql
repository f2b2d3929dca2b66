-- One act, one fine (处罚法 §29) is judged from the decided cases themselves; the flag column was never used.
alter table penalty_case drop column same_act_fined;
