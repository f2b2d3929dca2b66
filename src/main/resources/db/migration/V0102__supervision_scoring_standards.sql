-- 评查标准 (docs/adr/0034-scoring-standards-and-self-review.md): scoring standards as data, per province or sector and
-- versioned. A standard holds veto items (否决项: any failure fails the file) and scored items with points in two
-- categories (form 形式 and content 内容). An item the system checks by itself names its machine check; the others
-- are scored by a reviewer. A standard once used is never changed: a new version is added instead.
create table supervision_standard (
    id              bigint generated always as identity primary key,
    code            varchar(40)   not null,
    version         int           not null check (version > 0),
    name_zh         varchar(200)  not null,
    name_en         varchar(200)  not null,
    scope           varchar(40)   not null,
    effective_from  date          not null,
    excellent_from  numeric(5, 1) not null,
    pass_from       numeric(5, 1) not null,
    created_at      timestamptz   not null default now(),
    unique (code, version),
    check (pass_from <= excellent_from and excellent_from <= 100 and pass_from >= 0)
);

create table supervision_standard_item (
    id              bigint generated always as identity primary key,
    standard_id     bigint        not null references supervision_standard (id),
    code            varchar(40)   not null,
    position        int           not null,
    kind            varchar(10)   not null check (kind in ('VETO', 'SCORED')),
    category        varchar(10)   not null check (category in ('FORM', 'CONTENT')),
    points          numeric(5, 1) not null check (points >= 0),
    machine_check   varchar(40),
    title_zh        varchar(300)  not null,
    title_en        varchar(300)  not null,
    unique (standard_id, code),
    check (kind = 'SCORED' or points = 0)
);

-- The general standard for administrative penalty files (legal digest docs/legal/supervision.md#case-file-review):
-- form 20 points, content 80 points, the veto items of the provincial standards, the common deductions. Local
-- standards are added as their own codes and versions.
insert into supervision_standard (code, version, name_zh, name_en, scope, effective_from, excellent_from, pass_from)
values ('GENERAL-PENALTY', 1, '行政处罚案卷评查通用标准', 'General standard for administrative penalty case files',
        'NATIONAL', date '2026-01-01', 90, 70);

insert into supervision_standard_item (standard_id, code, position, kind, category, points, machine_check, title_zh, title_en)
select s.id, v.code, v.position, v.kind, v.category, v.points, v.machine_check, v.title_zh, v.title_en
from supervision_standard s,
(values
  ('V01', 1, 'VETO', 'CONTENT', 0, 'OFFICERS_CERTIFIED', '执法人员不具备执法资格', 'An officer acted without a valid certificate'),
  ('V02', 2, 'VETO', 'CONTENT', 0, 'TWO_OFFICERS', '调查取证执法人员少于两人', 'Fewer than two officers at an investigative step'),
  ('V03', 3, 'VETO', 'CONTENT', 0, 'STEPS_IN_ORDER', '程序颠倒（如立案前调查、决定后取证）', 'Steps out of order (e.g. evidence after the decision)'),
  ('V04', 4, 'VETO', 'CONTENT', 0, 'LEGAL_REVIEW', '应当法制审核而未审核', 'No legal review where one was required'),
  ('V05', 5, 'VETO', 'CONTENT', 0, 'COLLECTIVE_DISCUSSION', '应当集体讨论而未讨论', 'No collective discussion where one was required'),
  ('V06', 6, 'VETO', 'CONTENT', 0, 'KEY_STEPS_DOCUMENTED', '立案、告知、决定、送达等关键环节无文书', 'A key step (filing, notice, decision, service) not documented'),
  ('V07', 7, 'VETO', 'CONTENT', 0, NULL, '事实不清、证据不足或定性错误', 'Facts unclear, evidence insufficient or wrong characterisation'),
  ('V08', 8, 'VETO', 'CONTENT', 0, NULL, '适用法律错误或超越职权', 'Wrong law applied or power exceeded'),
  ('C01', 11, 'SCORED', 'CONTENT', 2, 'FILED_ON_TIME', '立案及时（核查期限内立案）', 'Filed within the verification period'),
  ('C02', 12, 'SCORED', 'CONTENT', 3, 'INVESTIGATION_REPORT', '有调查终结报告', 'An investigation report exists'),
  ('C03', 13, 'SCORED', 'CONTENT', 2, 'STATEMENT_REVIEWED', '陈述申辩经复核', 'The party''s statement was reviewed'),
  ('C04', 14, 'SCORED', 'CONTENT', 4, 'SERVICE_DOCUMENTED', '文书送达有据', 'Service of documents documented'),
  ('C05', 15, 'SCORED', 'CONTENT', 10, 'PERIODS_MET', '各法定期限均已遵守', 'Every statutory period met'),
  ('C06', 16, 'SCORED', 'CONTENT', 3, 'MEASURES_IN_TIME', '先行登记保存、查封扣押依期处理', 'Preserved or seized goods dealt with in time'),
  ('C07', 17, 'SCORED', 'CONTENT', 2, 'PUBLISHED_ON_TIME', '处罚决定依期公示', 'Decision published in time'),
  ('C08', 18, 'SCORED', 'CONTENT', 20, NULL, '事实清楚、证据确凿充分', 'Facts clear, evidence conclusive and sufficient'),
  ('C09', 19, 'SCORED', 'CONTENT', 15, NULL, '适用法律正确、裁量适当', 'Law applied correctly, discretion proper'),
  ('C10', 20, 'SCORED', 'CONTENT', 10, NULL, '程序合法、告知权利完整', 'Procedure lawful, rights fully notified'),
  ('C11', 21, 'SCORED', 'CONTENT', 9, NULL, '文书说理充分、表述规范', 'Documents reasoned and worded to standard'),
  ('F01', 31, 'SCORED', 'FORM', 4, 'NUMBERS_WITHOUT_GAPS', '文书编号连续无断号', 'Document numbers without gaps'),
  ('F02', 32, 'SCORED', 'FORM', 3, 'DOCUMENTS_IN_ORDER', '文书按立案、调查、审核、决定、送达顺序形成', 'Documents made in the order filing → evidence → review → decision → service'),
  ('F03', 33, 'SCORED', 'FORM', 2, NULL, '使用统一文书格式', 'Official templates used'),
  ('F04', 34, 'SCORED', 'FORM', 4, NULL, '文书填写完整', 'Templates filled completely'),
  ('F05', 35, 'SCORED', 'FORM', 2, NULL, '一案一卷', 'One case, one file'),
  ('F06', 36, 'SCORED', 'FORM', 1, NULL, '卷皮统一', 'Unified cover'),
  ('F07', 37, 'SCORED', 'FORM', 2, NULL, '目录有序、页码准确', 'Index in order, page numbers correct'),
  ('F08', 38, 'SCORED', 'FORM', 2, NULL, '页码以阿拉伯数字标注于有文字页面右下角', 'Pages with text numbered in Arabic numerals bottom right')
) as v (code, position, kind, category, points, machine_check, title_zh, title_en)
where s.code = 'GENERAL-PENALTY' and s.version = 1;
