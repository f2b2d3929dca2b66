package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectParties;
import cn.oneteam.subject.SubjectParty;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审管联动 — the approval-hold check (docs/adr/0023-case-party-from-register.md): before granting or renewing a licence,
 * an approval department's system ({@code licence:push}) or a case reader asks whether the subject has an open case
 * (filed, not closed) or a penalty not yet performed (decided, its fine unpaid or the case not closed), within the
 * caller's jurisdiction. The answer names the cases and decisions by number and date, nothing else of them.
 */
@Service
public class ApprovalHolds {

	/** A case filed and not closed, not (yet) a decided penalty. */
	public record OpenCase(long caseId, LocalDate filedOn) {
	}

	/** A penalty decided and not yet performed: its fine unpaid, or its case not closed. */
	public record UnperformedPenalty(long caseId, String decisionNumber, LocalDate decidedOn, boolean fineUnpaid) {
	}

	/** The answer: the code as asked (an ID number masked), whether anything holds it, and what. */
	public record ApprovalHold(String code, String name, boolean held, List<OpenCase> openCases,
			List<UnperformedPenalty> unperformedPenalties) {
	}

	private final SubjectParties subjects;

	private final JdbcClient jdbc;

	ApprovalHolds(SubjectParties subjects, JdbcClient jdbc) {
		this.subjects = subjects;
		this.jdbc = jdbc;
	}

	/**
	 * The hold on the subject with the code: 400 with the validator's reason for an invalid code, 404 when no subject
	 * in the caller's jurisdiction has it; only cases in the caller's jurisdiction count.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('licence:push', 'case:read')")
	public ApprovalHold of(String code, ScopedPrincipal caller) {
		JurisdictionScope scope = caller.jurisdiction();
		SubjectParty subject = subjects.byCode(code)
			.filter(s -> scope.covers(DivisionCode.of(s.divisionCode())))
			.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "case.hold-subject-unknown", List.of()));
		List<OpenCase> open = new ArrayList<>();
		List<UnperformedPenalty> penalties = new ArrayList<>();
		jdbc.sql("""
				select id, procedure, stage, outcome, filed_on, decided_on, coalesce(decision_number, form_number) as number,
				  coalesce(fine, 0) > coalesce(paid_amount, 0) as unpaid
				from penalty_case
				where subject_id = :subject and (:nationwide or place_code like any (:codes))
				order by id""")
			.param("subject", subject.id())
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.query(rs -> {
				long id = rs.getLong("id");
				boolean simple = "SIMPLE".equals(rs.getString("procedure"));
				boolean closed = CaseStage.CLOSED.name().equals(rs.getString("stage"));
				boolean unpaid = rs.getBoolean("unpaid");
				LocalDate decidedOn = rs.getObject("decided_on", LocalDate.class);
				LocalDate filedOn = rs.getObject("filed_on", LocalDate.class);
				@Nullable String number = rs.getString("number");
				boolean penalty = decidedOn != null && number != null
						&& (simple || CaseOutcome.PENALTY.name().equals(rs.getString("outcome")));
				if (penalty && (unpaid || !closed && !simple)) {
					// a decision on the spot is performed when its fine is paid (a warning at once)
					penalties.add(new UnperformedPenalty(id, number, decidedOn, unpaid));
				}
				else if (!penalty && !simple && filedOn != null && !closed) {
					open.add(new OpenCase(id, filedOn));
				}
			});
		String shown = subject.identifiedByIdNumber() ? IdNumber.of(subject.code()).masked() : subject.code();
		return new ApprovalHold(shown, subject.name(), !open.isEmpty() || !penalties.isEmpty(), List.copyOf(open),
				List.copyOf(penalties));
	}
}
