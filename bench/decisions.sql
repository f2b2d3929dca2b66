-- The published decisions bench/decisions.sh generates (psql -v rows=N -v part=P -v parts=K): part P of K of N rows,
-- published, over the enforcement bureaus of the register, decided over three years, the party a masked natural
-- person (张某某) or a company with a credit code (docs/adr/0043-published-decisions.md). The search grams come from
-- the same decision_grams() the application uses.
insert into decision_publication (case_id, body_id, acting_body_id, body_name, decision_number, decided_on, due_on,
  served_on, status, party, party_code, party_address, matter_code, matter, facts, penalty, published_on,
  published_on_time, search_text, search_grams, registered_at)
select 2000000000 + g, b.id, b.id, b.name, x.number, x.decided, x.decided + 9, x.decided + 1, 'PUBLISHED', x.party,
  x.code, '青海省海西蒙古族藏族自治州德令哈市火车站街道', 'HX-CG-009', '在禁止区域露天烧烤食品', '（压测）违法事实',
  '罚款人民币' || (500 + g % 190 * 100) || '.00元', x.decided + 2, true,
  lower(x.number || '|' || x.party || '|' || coalesce(x.code, '')),
  decision_grams(x.number || '|' || x.party || '|' || coalesce(x.code, '')), now()
from generate_series(1, :rows) g
join lateral (select id, name from bench_body order by id offset (g % (select count(*) from bench_body)) limit 1) b on true
cross join lateral (select
    '海综执罚〔' || (2024 + g % 3) || '〕' || g || '号' as number,
    date '2023-12-01' + (g % 1095) as decided,
    case when g % 2 = 0
      then (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'])[1 + g / 2 % 20] || '某某'
      else '（压测）德令哈市' || (array['东','西','南','北','中'])[1 + g % 5] || g || '号商贸有限公司' end as party,
    case when g % 2 = 1 then '9163280' || lpad(g::text, 11, '0') end as code) x
where g % :parts = :part;
