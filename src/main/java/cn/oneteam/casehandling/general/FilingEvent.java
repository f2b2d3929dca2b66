package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.ClueSource;
import cn.oneteam.casehandling.file.CaseEvent;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.casehandling.CaseInputs.InvestigationKind;
import cn.oneteam.catalog.EnforcementMode;

/** 线索、立案、调查: what the filing steps record (docs/adr/0016-case-aggregate.md). */
public sealed interface FilingEvent extends CaseEvent {

	/** 线索登记: the matter and place, the party, the facts, and the body that enforces it there. */
	record ClueRegistered(String matter, String place, String party, String facts, ClueSource source,
			LocalDate discoveredOn, String actingBody) implements FilingEvent {
	}

	/** 核查延期 (市监 §18). */
	record VerificationExtended(String reason) implements FilingEvent {
	}

	/** 立案 (市监 §19): the law of the act's day, the name on the documents, the officers with their certificates. */
	record Filed(LocalDate filedOn, LocalDate actOn, int matterVersion, EnforcementMode mode, String nameOnDocuments,
			List<String> officers) implements FilingEvent {
	}

	/** 不予立案 (市监 §20). */
	record FilingDeclined(LocalDate decidedOn, String grounds) implements FilingEvent {
	}

	/** 询问、检查、抽样 (处罚法 §54, §55). */
	record InvestigationRecorded(InvestigationKind kind, LocalDate on, String summary) implements FilingEvent {
	}
}
