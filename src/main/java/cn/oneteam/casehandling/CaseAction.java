package cn.oneteam.casehandling;

import static cn.oneteam.casehandling.CaseStage.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * 办案环节: every action of the general procedure, the stages it may be taken in and the stages it may lead to (the
 * transition table, docs/adr/0016-case-aggregate.md), the permission it needs, and — for
 * an action that a head decides — the default approval chain and the role the law requires in any chain (a body may
 * configure more steps, never fewer than the statute's).
 */
public enum CaseAction {
	/** 线索登记. */
	REGISTER_CLUE(Set.of(), "case:handle", null, null, EnumSet.of(CLUE)),
	/** 核查延期 (市监 §18: +15 working days with the head's approval). */
	EXTEND_VERIFICATION(EnumSet.of(CLUE), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 立案 (市监 §18, §19: the head decides). */
	FILE(EnumSet.of(CLUE), "case:handle", "SQUAD_HEAD,BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(INVESTIGATING)),
	/** 不予立案 (市监 §20). */
	DECLINE_FILING(EnumSet.of(CLUE), "case:handle", "SQUAD_HEAD,BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(CLOSED)),
	/** 调查取证: 询问、检查、勘验、抽样 (处罚法 §54, §55). */
	RECORD_INVESTIGATION(EnumSet.of(INVESTIGATING), "case:handle", null, null, Set.of()),
	/** 先行登记保存 (处罚法 §56: with the head's approval). */
	PRESERVE_EVIDENCE(EnumSet.of(INVESTIGATING), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 先行登记保存处理决定 (市监 §35; lifted with the head's approval, §33). */
	RELEASE_PRESERVATION(EnumSet.of(INVESTIGATING, SUSPENDED, REVIEW), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 查封、扣押 (强制法 §18; 市监 §36: with the head's approval). */
	SEIZE(EnumSet.of(INVESTIGATING), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 查封扣押延期 (强制法 §25: once, 30 days, the head's approval). */
	EXTEND_SEIZURE(EnumSet.of(INVESTIGATING, SUSPENDED, REVIEW), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 解除查封扣押 (强制法 §28). */
	RELEASE_SEIZURE(EnumSet.of(INVESTIGATING, SUSPENDED, REVIEW, PROPOSAL, NOTICE, HEARING, DECISION_PENDING, DECIDED,
			EXECUTION, TRANSFERRING, CLOSING), "case:handle", null, null, Set.of()),
	/** 检测、检验、检疫、鉴定开始: the periods stand still (强制法 §25; 市监 §64). */
	START_TESTING(EnumSet.of(INVESTIGATING), "case:handle", null, null, Set.of()),
	/** 检测结束. */
	END_TESTING(EnumSet.of(INVESTIGATING), "case:handle", null, null, Set.of()),
	/** 中止调查 (市监 §46: with the head's approval). */
	SUSPEND(EnumSet.of(INVESTIGATING), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(SUSPENDED)),
	/** 恢复调查 (市监 §46: immediately the cause ends). */
	RESUME(EnumSet.of(SUSPENDED), "case:handle", null, null, EnumSet.of(INVESTIGATING)),
	/** 延长办案期限 (市监 §64: +30 days with the head's approval). */
	EXTEND_DECISION(EnumSet.of(INVESTIGATING, REVIEW, PROPOSAL, NOTICE, HEARING, DECISION_PENDING), "case:handle",
			"BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 终止调查 (市监 §47). */
	TERMINATE(EnumSet.of(INVESTIGATING, SUSPENDED), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(CLOSING)),
	/** 调查终结报告 (市监 §48); again after the notice for a new proposal (docs/adr/0015-decision-and-prior-notice.md). */
	SUBMIT_REPORT(EnumSet.of(INVESTIGATING, NOTICE, DECISION_PENDING), "case:handle", null, null, EnumSet.of(REVIEW)),
	/** 法制审核 / 案件审核 (处罚法 §58; 市监 §49–§55). */
	REVIEW_CASE(EnumSet.of(CaseStage.REVIEW), "case:legal-review", null, null, EnumSet.of(PROPOSAL, DECISION_PENDING, INVESTIGATING)),
	/** 负责人审批拟处理意见 (市监 §56). */
	PROPOSE(EnumSet.of(PROPOSAL), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(NOTICE, DECISION_PENDING)),
	/** 送达事先告知书 (处罚法 §44; 听证告知 §63). */
	SERVE_NOTICE(EnumSet.of(NOTICE), "case:handle", null, null, Set.of()),
	/** 陈述申辩及复核 (处罚法 §45). */
	RECORD_STATEMENT(EnumSet.of(NOTICE), "case:handle", null, null, Set.of()),
	/** 明确放弃陈述申辩、听证 (处罚法 §62). */
	RECORD_WAIVER(EnumSet.of(NOTICE), "case:handle", null, null, EnumSet.of(DECISION_PENDING)),
	/** 听证申请 (处罚法 §64(1)). */
	REQUEST_HEARING(EnumSet.of(NOTICE), "case:handle", null, null, EnumSet.of(HEARING)),
	/** 听证通知 (处罚法 §64(2)). */
	SCHEDULE_HEARING(EnumSet.of(HEARING), "case:handle", null, null, Set.of()),
	/** 听证笔录 (处罚法 §64, §65). */
	RECORD_HEARING(EnumSet.of(HEARING), "case:handle", null, null, EnumSet.of(REVIEW, DECISION_PENDING)),
	/** 集体讨论 (处罚法 §57 para 2). */
	RECORD_COLLECTIVE_DISCUSSION(EnumSet.of(NOTICE, DECISION_PENDING), "case:approve", null, null, Set.of()),
	/** 作出决定 (处罚法 §57: the head decides). */
	DECIDE(EnumSet.of(NOTICE, DECISION_PENDING), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(DECIDED)),
	/** 送达决定书 (处罚法 §61; 市监 §82). */
	SERVE_DECISION(EnumSet.of(DECIDED), "case:handle", null, null, EnumSet.of(EXECUTION, CLOSING)),
	/** 公示 (118号: within 7 working days; 处罚法 §48). */
	RECORD_PUBLICATION(EnumSet.of(DECIDED, EXECUTION, CLOSING), "case:handle", null, null, Set.of()),
	/** 缴纳罚款 (处罚法 §67). */
	RECORD_PAYMENT(EnumSet.of(EXECUTION), "case:handle", null, null, EnumSet.of(CLOSING)),
	/** 罚款上交 (处罚法 §71: within 2 working days of collecting it on the spot). */
	HAND_OVER_CASH(EnumSet.of(EXECUTION, CLOSING), "case:handle", null, null, Set.of()),
	/** 暂缓或分期缴纳 (处罚法 §66 para 2: on the party's application, with the body's approval). */
	DEFER_PAYMENT(EnumSet.of(EXECUTION), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 执行协议 (强制法 §42: the surcharge may be reduced or waived). */
	AGREE_EXECUTION(EnumSet.of(EXECUTION), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 催告 (强制法 §35, §38, §54). */
	DEMAND_PERFORMANCE(EnumSet.of(EXECUTION), "case:handle", null, null, Set.of()),
	/** 申请法院强制执行 (强制法 §53–§55: signed by the body's head). */
	APPLY_TO_COURT(EnumSet.of(EXECUTION), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 行政强制执行决定 (强制法 §37, §43, §46). */
	ENFORCE(EnumSet.of(EXECUTION), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 代履行 (强制法 §50–§52). */
	SUBSTITUTE_PERFORMANCE(EnumSet.of(EXECUTION, CLOSING), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 中止执行 (强制法 §39). */
	SUSPEND_ENFORCEMENT(EnumSet.of(EXECUTION), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", Set.of()),
	/** 恢复执行 (强制法 §39 para 2: when the cause of the suspension is gone). */
	RESUME_ENFORCEMENT(EnumSet.of(EXECUTION), "case:handle", null, null, Set.of()),
	/** 终结执行 (强制法 §40; §39 para 2). */
	END_ENFORCEMENT(EnumSet.of(EXECUTION), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(CLOSING)),
	/** 移送 (处罚法 §27, §57(4); 国务院令第310号 §5: the head decides within 3 days). */
	TRANSFER(EnumSet.of(CLUE, INVESTIGATING, REVIEW, DECISION_PENDING), "case:handle", "BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(TRANSFERRING)),
	/** 移送送达 (国务院令第310号 §5: within 24 hours of approval). */
	SEND_TRANSFER(EnumSet.of(TRANSFERRING), "case:handle", null, null, Set.of()),
	/** 接收方答复 (国务院令第310号 §8, §9). */
	RECORD_TRANSFER_ANSWER(EnumSet.of(TRANSFERRING), "case:handle", null, null, EnumSet.of(CLOSING, CLUE, INVESTIGATING)),
	/** 结案 (市监 §77: the head approves). */
	CLOSE(EnumSet.of(CLOSING), "case:handle", "SQUAD_HEAD,BUREAU_HEAD", "BUREAU_HEAD", EnumSet.of(CLOSED));

	/**
	 * The actions that free or protect the party, or wind the case up: a body whose qualification lapsed may still take
	 * them — it must not keep what it holds, leave the party's statement, waiver or payment unrecorded, or keep a case
	 * open it can no longer pursue; every other action (filing, investigating, preserving, seizing, extending,
	 * deciding, notices, hearings, enforcing) is refused to it (docs/adr/0037-enforcement-bodies-qualification.md).
	 */
	public static final Set<CaseAction> OPEN_TO_A_LAPSED_BODY = Set.copyOf(EnumSet.of(RELEASE_SEIZURE,
			RELEASE_PRESERVATION, RECORD_PAYMENT, RECORD_STATEMENT, RECORD_WAIVER, REQUEST_HEARING, TRANSFER,
			SEND_TRANSFER, RECORD_TRANSFER_ANSWER, TERMINATE, CLOSE, HAND_OVER_CASH, DEFER_PAYMENT, SUSPEND_ENFORCEMENT,
			END_ENFORCEMENT, RECORD_PUBLICATION));

	private final Set<CaseStage> stages;

	private final String authority;

	private final @Nullable String defaultChain;

	private final @Nullable String statutoryApprover;

	private final Set<CaseStage> leadsTo;

	CaseAction(Set<CaseStage> stages, String authority, @Nullable String defaultChain,
			@Nullable String statutoryApprover, Set<CaseStage> leadsTo) {
		this.stages = stages;
		this.leadsTo = leadsTo;
		this.authority = authority;
		this.defaultChain = defaultChain;
		this.statutoryApprover = statutoryApprover;
	}

	public boolean allowedIn(CaseStage stage) {
		return stages.contains(stage);
	}

	/** The stages it may be taken in (docs/legal/procedure.md#stages). */
	public Set<CaseStage> stages() {
		return stages;
	}

	/**
	 * The stages it may move the case to — the other half of the transition table (docs/adr/0016-case-aggregate.md);
	 * empty: the case stays in its stage. Where there are several, the rule the action applies picks one.
	 */
	public Set<CaseStage> leadsTo() {
		return leadsTo;
	}

	/** Whether it may move a case to the stage ({@link CaseFile} refuses any other move). */
	public boolean leadsTo(CaseStage stage) {
		return leadsTo.contains(stage);
	}

	/** The permission the caller needs ({@code module:action}). */
	public String authority() {
		return authority;
	}

	/** Whether a head decides it through an approval chain. */
	public boolean needsApproval() {
		return defaultChain != null;
	}

	/** The roles that approve it, in order, where the body configured none. */
	public List<String> defaultChain() {
		return defaultChain == null ? List.of() : List.of(defaultChain.split(","));
	}

	/** The role the statute requires in every chain for this action. */
	public @Nullable String statutoryApprover() {
		return statutoryApprover;
	}

	/** Path segment in the API: {@code RECORD_PAYMENT} → {@code record-payment}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
