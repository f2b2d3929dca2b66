package cn.oneteam.exchange;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.shared.PersonalData;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审批限制: an approval department's system (or an administrator) asks whether a subject within its jurisdiction has an
 * open case or a penalty, before it grants a licence (docs/adr/0021-approval-exchange.md). Answered from the exchange's
 * own view of the case events; a subject outside the caller's jurisdiction is unknown (404).
 */
@Service
public class ApprovalHolds {

	private final JdbcClient jdbc;

	private final Subjects subjects;

	private final Clock clock;

	ApprovalHolds(JdbcClient jdbc, Subjects subjects, Clock clock) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('licence:push', 'exchange:manage')")
	public ApprovalHold of(String subjectCode, ScopedPrincipal caller) {
		SubjectView subject = subjects.byCode(subjectCode, caller);
		List<ApprovalHold.Case> cases = jdbc.sql("""
				select * from exchange_subject_case where subject_id = ?
				order by coalesce(decided_on, filed_on) desc nulls last, case_id desc""")
			.param(subject.id())
			.query((rs, n) -> new ApprovalHold.Case(rs.getLong("case_id"), rs.getObject("filed_on", LocalDate.class),
					rs.getObject("decided_on", LocalDate.class), rs.getString("outcome"), rs.getString("decision_number"),
					rs.getObject("fine", BigDecimal.class), rs.getObject("closed_on", LocalDate.class)))
			.list();
		int open = (int) cases.stream().filter(c -> c.closedOn() == null).count();
		int penalties = (int) cases.stream().filter(c -> "PENALTY".equals(c.outcome())).count();
		String code = subject.kind() == SubjectKind.NATURAL_PERSON ? PersonalData.maskText(subject.code()) : subject.code();
		return new ApprovalHold(code, subject.name(), open > 0, open, penalties, cases,
				OffsetDateTime.now(clock));
	}
}
