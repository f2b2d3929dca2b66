-- One bureau with the demo's accounts (the tokens OneTeam's demo publishes, kept as their SHA-256 like any API token),
-- its two certified officers, and the matter the bench files: 在禁止时段露天烧烤食品 (HX-CG-009).
insert into peer_organization values (1, '德令哈市综合行政执法局', '632802', '德综执') on conflict do nothing;
insert into peer_account values
  (1, 'dlh.officer1', encode(sha256('ot_demo_dlh_officer1_token_for_local_use_only'), 'hex'), '{officer}', 1, 1),
  (2, 'dlh.officer2', encode(sha256('ot_demo_dlh_officer2_token_for_local_use_only'), 'hex'), '{officer}', 1, 2),
  (3, 'dlh.squad', encode(sha256('ot_demo_dlh_squad_token_for_local_use_only'), 'hex'), '{squad}', 1, 3),
  (4, 'dlh.head', encode(sha256('ot_demo_dlh_head_token_for_local_use_only'), 'hex'), '{head}', 1, 4),
  (5, 'dlh.legal', encode(sha256('ot_demo_dlh_legal_token_for_local_use_only'), 'hex'), '{legal}', 1, 5)
  on conflict do nothing;
insert into peer_officer values
  (1, 1, '63280220240001', 'URBAN_MANAGEMENT', '2024-01-01', '2029-12-31'),
  (2, 1, '63280220240002', 'URBAN_MANAGEMENT', '2024-01-01', '2029-12-31') on conflict do nothing;
insert into peer_matter values ('HX-CG-009', 'URBAN_MANAGEMENT', '2020-01-01', null, 500, 20000) on conflict do nothing;
insert into peer_responsibility values ('HX-CG-009', '632802', 1) on conflict do nothing;
