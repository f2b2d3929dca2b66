package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.file.CaseEvent;
import java.time.LocalDate;
import java.util.List;

/** 告知、陈述申辩、听证、集体讨论: what the notice steps record (docs/adr/0016-case-aggregate.md). */
public sealed interface NoticeEvent extends CaseEvent {

	/** 事先告知书送达 (处罚法 §44), with the hearing right where the penalty is in hearing scope (§63). */
	record NoticeServed(LocalDate servedOn, boolean hearingScope, boolean hearingRightNotified, boolean renewed)
			implements NoticeEvent {
	}

	/** 陈述申辩 and its 复核 (处罚法 §45). */
	record StatementRecorded(LocalDate on, String statement, String reexamination) implements NoticeEvent {
	}

	/** 明确放弃陈述申辩、听证 (处罚法 §62). */
	record RightsWaived(LocalDate on, String how) implements NoticeEvent {
	}

	/** 听证申请 (处罚法 §64(1)). */
	record HearingRequested(LocalDate on) implements NoticeEvent {
	}

	/** 听证通知 (处罚法 §64(2), (4)). */
	record HearingScheduled(LocalDate notifiedOn, LocalDate hearingOn, long presidingOfficer) implements NoticeEvent {
	}

	/** 听证笔录 (处罚法 §64, §65): held, or the party absent. */
	record HearingRecorded(LocalDate on, boolean partyAttended, String summary) implements NoticeEvent {
	}

	/** 集体讨论 (处罚法 §57 para 2). */
	record CollectiveDiscussionHeld(LocalDate on, List<String> participants, String conclusion)
			implements NoticeEvent {
	}
}
