package cn.oneteam.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 文书种类 (docs/legal/records.md#document-set): the title, the default 文书代字 of a numbered document ({@code null}: a record or
 * form that carries no number), its place in the case file (市监 §78: 正卷 or 副卷 and the rank there), and the
 * officer's inputs its template may name ({@code ${input.<name>}}). The action it belongs to, whether that action
 * issues it, and the facts its template may name ({@code ${action.<fact>}}: the components of the action's event)
 * are the case module's ({@link ActionFacts}; docs/adr/0016-case-aggregate.md).
 * <p>
 * Adding a type for a new action: a constant here, the type's event in casehandling's {@code DocumentActions}, and a
 * default template in {@code documents/default-templates.json}.
 */
public enum DocumentType {
	/** 立案审批表 (市监 §19). */
	FILING_APPROVAL("立案审批表", "立", Volume.MAIN, 1, List.of()),
	/** 不予立案审批表 (市监 §20). */
	DECLINE_FILING_APPROVAL("不予立案审批表", "不立", Volume.MAIN, 1, List.of()),
	/** 询问笔录 (市监 §29): a record, no number. */
	INTERVIEW_RECORD("询问笔录", null, Volume.MAIN, 4, List.of("interviewee", "place", "startTime", "endTime")),
	/** 现场检查（勘验）笔录 (市监 §28): a record, no number. */
	INSPECTION_RECORD("现场检查（勘验）笔录", null, Volume.MAIN, 4, List.of("place", "startTime", "endTime", "present")),
	/** 先行登记保存证据通知书 with its list (处罚法 §56; 市监 §33–§35). */
	PRESERVATION_NOTICE("先行登记保存证据通知书", "登存", Volume.MAIN, 3, List.of()),
	/** 查封（扣押）决定书 with its list (强制法 §24). */
	SEIZURE_DECISION("查封（扣押）决定书", "查扣", Volume.MAIN, 3, List.of()),
	/** 延长查封（扣押）期限决定书 (强制法 §25). */
	SEIZURE_EXTENSION("延长查封（扣押）期限决定书", "延查扣", Volume.MAIN, 3, List.of()),
	/** 解除查封（扣押）决定书 (强制法 §28). */
	SEIZURE_RELEASE("解除查封（扣押）决定书", "解查扣", Volume.MAIN, 3, List.of()),
	/** 责令（限期）改正通知书 (处罚法 §28): issued on demand with what to correct and by when. */
	CORRECTION_ORDER("责令（限期）改正通知书", "责改", Volume.MAIN, 3, List.of("requirement", "deadline")),
	/** 案件调查终结报告 (市监 §48). */
	INVESTIGATION_REPORT("案件调查终结报告", null, Volume.SECONDARY, 2, List.of()),
	/** 法制审核意见书 (处罚法 §58; 市监 §49–§54). */
	REVIEW_OPINION("法制审核意见书", null, Volume.SECONDARY, 3, List.of()),
	/** 行政处罚事先告知书 (处罚法 §44; 市监 §57). */
	PENALTY_NOTICE("行政处罚事先告知书", "告", Volume.MAIN, 3, List.of()),
	/** 行政处罚听证告知书 (处罚法 §63, §64(1)). */
	HEARING_RIGHT_NOTICE("行政处罚听证告知书", "听告", Volume.MAIN, 3, List.of()),
	/** 听证通知书 (处罚法 §64(2): seven days before the hearing). */
	HEARING_NOTICE("听证通知书", "听通", Volume.MAIN, 3, List.of("place")),
	/** 听证笔录 (处罚法 §64(8)). */
	HEARING_RECORD("听证笔录", null, Volume.MAIN, 5, List.of()),
	/** 重大案件集体讨论笔录 (处罚法 §57 para 2). */
	COLLECTIVE_DISCUSSION_RECORD("重大案件集体讨论笔录", null, Volume.SECONDARY, 6, List.of()),
	/** 行政处罚决定书 (处罚法 §59; 市监 §62): issued by the decision itself. */
	PENALTY_DECISION("行政处罚决定书", "罚决", Volume.MAIN, 2, List.of()),
	/** 不予行政处罚决定书 (处罚法 §33; 市监 §60, §61): issued by the decision itself. */
	NO_PENALTY_DECISION("不予行政处罚决定书", "不罚决", Volume.MAIN, 2, List.of()),
	/** 送达回证 (市监 §82): no number of its own; it names the document served. */
	SERVICE_RECEIPT("送达回证", null, Volume.MAIN, 2, List.of("method", "place", "recipient", "servedAt")),
	/** 送达地址确认书 (市监 §82(3), §83). */
	ADDRESS_CONFIRMATION("送达地址确认书", null, Volume.MAIN, 7,
			List.of("address", "recipient", "phone", "electronicAddress")),
	/** 涉嫌犯罪案件移送书 (处罚法 §27; 国务院令第310号). */
	CRIMINAL_TRANSFER("涉嫌犯罪案件移送书", "移", Volume.MAIN, 7, List.of()),
	/** 结案审批表 (市监 §77). */
	CLOSING_APPROVAL("结案审批表", "结", Volume.SECONDARY, 5, List.of()),
	/** 延期（分期）缴纳罚款决定书 (处罚法 §66 para 2): issued when the head approves the deferral. */
	DEFERRAL_DECISION("延期（分期）缴纳罚款决定书", "缓缴", Volume.MAIN, 3, List.of()),
	/** 催告书 (强制法 §35): issued when the demand to perform is recorded. */
	DEMAND("催告书", "催", Volume.MAIN, 3, List.of()),
	/** 行政强制执行决定书 (强制法 §37): issued when the head approves the body's own enforcement. */
	ENFORCEMENT_DECISION("行政强制执行决定书", "强执", Volume.MAIN, 3, List.of()),
	/** 代履行决定书 (强制法 §51): issued when the head approves substitute performance. */
	SUBSTITUTE_DECISION("代履行决定书", "代履", Volume.MAIN, 3, List.of()),
	/** 强制执行申请书 (强制法 §55): issued when the application to the court is recorded. */
	COURT_APPLICATION("强制执行申请书", "强申", Volume.MAIN, 7, List.of()),
	/** 案卷封面 (一案一卷, 市监 §78): not itself listed in the file index. */
	CASE_COVER("案卷封面", null, null, 0, List.of()),
	/** 卷内目录 (市监 §78). */
	FILE_INDEX("卷内目录", null, null, 0, List.of());

	/** The rank of evidence in the 正卷 (市监 §78: after the documents sent to the party, before the hearing record). */
	public static final int EVIDENCE_RANK = 4;

	/** 正卷 or 副卷 (市监 §78). */
	public enum Volume {
		MAIN("正卷"), SECONDARY("副卷");

		private final String title;

		Volume(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	private final String title;

	private final @Nullable String defaultCode;

	private final @Nullable Volume volume;

	private final int rank;

	private final List<String> inputs;

	DocumentType(String title, @Nullable String defaultCode, @Nullable Volume volume, int rank, List<String> inputs) {
		this.title = title;
		this.defaultCode = defaultCode;
		this.volume = volume;
		this.rank = rank;
		this.inputs = inputs;
	}

	public String title() {
		return title;
	}

	/** The default 文书代字; {@code null} for a document without a number. */
	public @Nullable String defaultCode() {
		return defaultCode;
	}

	public boolean numbered() {
		return defaultCode != null;
	}

	/** The volume of the case file it is archived in; {@code null} for the cover and the index themselves. */
	public @Nullable Volume volume() {
		return volume;
	}

	/** Its rank in the volume's order (市监 §78); evidence ranks 4 in the 正卷. */
	public int rank() {
		return rank;
	}

	/** What an officer may fill in when issuing it, named as {@code ${input.<name>}}. */
	public List<String> inputs() {
		return inputs;
	}

	/** Path segment in the API: {@code PENALTY_NOTICE} → {@code penalty-notice}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static DocumentType ofSlug(String slug) {
		return valueOf(slug.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}
}
