package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * 案件: a penalty case as recorded: procedure, stage, the matter version applied, where, who acted and in whose name,
 * the party, the penalty, the officers with their certificate numbers, and the deadlines that run: provisional while
 * one of them was counted into a year whose official schedule is not loaded yet (counted again when it is). A view of
 * the one model of the case ({@link CaseFile}, mapped by {@link CaseTable}), for either procedure.
 */
public record PenaltyCase(long id, Procedure procedure, CaseStage stage, String matterCode, int matterVersion,
		DivisionCode place, long actingOrgId, long nameOrgId, EnforcementMode mode, PartyKind partyKind, String partyName,
		String facts, Set<PenaltyKind> penaltyKinds, @Nullable @Money BigDecimal fine, @Nullable String formNumber,
		@Nullable LocalDate decidedOn, @Nullable LocalDate archiveDue, @Nullable LocalDate paymentDue,
		boolean archiveDueProvisional, boolean paymentDueProvisional, List<CaseOfficer> officers,
		@Nullable OnTheSpotCollection collection) {

	/** Whether the penalty includes a warning (警告). */
	public boolean warns() {
		return penaltyKinds.contains(PenaltyKind.WARNING);
	}

	/** 简易程序 or 普通程序. */
	public enum Procedure {
		SIMPLE, GENERAL
	}

	/** An officer of the case and the certificate shown. */
	public record CaseOfficer(long personId, String name, String certificateNumber) {
	}
}
