package cn.oneteam.casehandling.measures;

import cn.oneteam.casehandling.file.CaseEvent;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.casehandling.MeasureInputs.PreservationOutcome;
import cn.oneteam.casehandling.MeasureInputs.RemedyKind;
import cn.oneteam.casehandling.MeasureInputs.SeizureEnd;
import cn.oneteam.casehandling.MeasureInputs.SeizureKind;
import cn.oneteam.casehandling.MeasureInputs.TestingKind;
import org.jspecify.annotations.Nullable;

/**
 * 先行登记保存、查封扣押、检测, and the party's remedies: what the measure steps and the measure register record
 * (docs/adr/0016-case-aggregate.md).
 */
public sealed interface MeasureEvent extends CaseEvent {

	/** 先行登记保存 (处罚法 §56; 市监 §33, §34): the measure's id, and when its decision is due (市监 §35). */
	record EvidencePreserved(long measure, LocalDate on, List<String> items, String reason, LocalDate decisionDue)
			implements MeasureEvent {
	}

	/** 先行登记保存处理决定 (市监 §35). */
	record PreservationDecided(long measure, LocalDate on, PreservationOutcome outcome, String note)
			implements MeasureEvent {
	}

	/** 查封、扣押 (强制法 §18, §24): the term's end (§25). */
	record Seized(long measure, SeizureKind kind, LocalDate on, List<String> items, String reason, LocalDate termEnds)
			implements MeasureEvent {
	}

	/** 查封扣押延期 (强制法 §25; 市监 §37). */
	record SeizureExtended(long measure, LocalDate notifiedOn, String reason) implements MeasureEvent {
	}

	/** 解除查封扣押 (强制法 §28) or handled under §27; after the term or not. */
	record SeizureReleased(long measure, LocalDate on, SeizureEnd ground, boolean afterTerm, String note)
			implements MeasureEvent {
	}

	/** 检测 started (强制法 §25; 市监 §64), of items held under {@code seizure} or none. */
	record TestingStarted(long testing, TestingKind kind, LocalDate on, String institution, String subject,
			LocalDate expectedEndOn, @Nullable Long seizure) implements MeasureEvent {
	}

	/** 检测结束 with its result. */
	record TestingEnded(long testing, LocalDate on, String result) implements MeasureEvent {
	}

	/** 复议 or 诉讼 brought against the decision (处罚法 §73). */
	record RemedyStarted(long remedy, RemedyKind kind, LocalDate from) implements MeasureEvent {
	}

	/** The 复议 decision or judgment that ended the remedy. */
	record RemedyEnded(long remedy, RemedyKind kind, LocalDate from, LocalDate to) implements MeasureEvent {
	}
}
