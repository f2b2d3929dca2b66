-- The subjects bench/search.sh generates (psql -v subjects=N -v province=33 -v part=P -v parts=K; generate_province in
-- bench/lib.sh): part P of K of N subjects in the townships of bench/province.sql (skewed as the cases are), written as
-- the register stores them (docs/adr/0019-subject-register.md): two thirds legal persons, a third 个体工商户. Codes
-- read as 统一社会信用代码 (91/92, the county as registration authority, a sequence, a character of GB 32100's
-- alphabet last) without a computed check character: the exact lookup by code does not check it, only a registration
-- or an import does. Names are a place word, a trade, the number and a suffix, so a search by a fragment finds one
-- subject (the number) or many (place and trade).
select setseed(0.31 + :part / 100.0) \g /dev/null
insert into market_subject (kind, code, name, division_code, street_address, representative, industry_code, status,
  registered_by_org_id, registered_at)
select case when g % 3 = 0 then 'INDIVIDUAL_BUSINESS' else 'LEGAL_PERSON' end,
  case when g % 3 = 0 then '92' else '91' end || b.county || to_char(g, 'FM000000000')
    || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', 1 + g % 31, 1),
  (array['西湖', '钱塘', '之江', '运河', '天目', '富春', '瓯江', '雁荡', '楠溪', '东海', '会稽', '兰亭', '南浔', '莫干',
    '千岛', '普陀'])[1 + g % 16]
    || (array['商贸', '餐饮', '建材', '汽修', '农业', '物流', '药房', '超市', '五金', '纺织', '茶叶', '电子'])[1 + (g / 16) % 12]
    || g || case when g % 3 = 0 then '店' else '有限公司' end,
  b.township, '（压测）' || (g % 500) || '号', '王某' || (g % 100), 'F5211', 'ACTIVE', b.county_body, now()
from (select g, 1 + floor(power(random(), 1.6) * (select count(*) from bench_body))::int as i
      from generate_series(1, :subjects) g where g % :parts = :part) x
join bench_body b on b.i = x.i;
