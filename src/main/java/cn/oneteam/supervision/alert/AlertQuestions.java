package cn.oneteam.supervision.alert;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.alert.AlertViews.ActionView;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's questions (ASK) on alerts as the body asked sees them (docs/adr/0036-supervisors-alert-board.md):
 * its staff who handle or approve cases read the questions put to their own body and answer each once, the answer
 * recorded with who and when and shown on the supervisor's drill-down. Another body's question is unknown (404).
 */
@Service
public class AlertQuestions {

	static final int ANSWER_MAX = 2000;

	private final AlertRepository repository;

	private final Clock clock;

	AlertQuestions(AlertRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** The questions put to the caller's body, the latest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('case:handle', 'case:approve')")
	public List<ActionView> questions(ScopedPrincipal caller) {
		return repository.questions(caller.organizationId());
	}

	/**
	 * Answers a question put to the caller's body, once: 404 {@code supervision.question-unknown} for none or another
	 * body's, 409 {@code supervision.question-answered} when answered, 400 for an empty or too long answer.
	 */
	@Transactional
	@PreAuthorize("hasAnyAuthority('case:handle', 'case:approve')")
	public ActionView answer(long id, @Nullable String text, ScopedPrincipal caller) {
		ActionView question = repository.lockQuestion(id)
			.filter(q -> q.bodyId() == caller.organizationId())
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.question-unknown", id));
		if (text == null || text.isBlank() || text.strip().length() > ANSWER_MAX) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.alert-input", "text");
		}
		if (question.answer() != null) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.question-answered", id);
		}
		repository.answer(id, text.strip(), caller.accountId(), OffsetDateTime.now(clock));
		return repository.lockQuestion(id).orElseThrow();
	}
}
