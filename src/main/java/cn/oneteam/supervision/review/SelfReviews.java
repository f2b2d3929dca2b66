package cn.oneteam.supervision.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.casehandling.CaseFileReading;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.supervision.standard.MachineCheck;
import cn.oneteam.supervision.standard.ScoringStandard;
import cn.oneteam.supervision.standard.ScoringStandards;
import cn.oneteam.supervision.standard.StandardItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-review engine (docs/adr/0034-scoring-standards-and-self-review.md): the standard in effect on the day, each
 * of its machine-checked items examined by its {@link CaseFileCheck}, veto findings and deductions (capped at each
 * item's points) gathered into a {@link SelfReview}; kept in {@code supervision_self_review} when asked to.
 */
@Service
@EnableConfigurationProperties(SelfReviewSettings.class)
public class SelfReviews {

	private final ScoringStandards standards;

	private final Map<MachineCheck, CaseFileCheck> checks = new EnumMap<>(MachineCheck.class);

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final CaseFileReading reading;

	SelfReviews(ScoringStandards standards, List<CaseFileCheck> checks, JdbcClient jdbc, MessageSource messages,
			Clock clock, CaseFileReading reading) {
		this.reading = reading;
		this.standards = standards;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		for (CaseFileCheck check : checks) {
			if (this.checks.put(check.check(), check) != null) {
				throw new IllegalStateException("two checks for " + check.check());
			}
		}
	}

	/** Reviews the case against the general standard in effect today, in the viewer's language. */
	@Transactional(readOnly = true)
	public SelfReview review(long caseId, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		ScoringStandard standard = standards.inEffect(ScoringStandards.GENERAL, today)
			.orElseThrow(() -> new RuleViolation(RuleViolation.CONFLICT, "supervision.standard-none",
					ScoringStandards.GENERAL, today));
		// the case file read once, every check examining the same facts
		return review(standard, new CaseFileCheck.CaseFile(caseId, today, reading.facts(caseId)), locale);
	}

	/** Reviews the case and keeps the result (its score and grade) as the case's latest self-review. */
	@Transactional
	public SelfReview reviewAndKeep(long caseId, Locale locale) {
		SelfReview result = review(caseId, locale);
		jdbc.sql("""
				insert into supervision_self_review (case_id, standard, score, grade, vetoes, deductions, reviewed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(caseId, result.standard(), result.score(), result.grade().name(), result.vetoes().size(),
					result.deductions().size(), OffsetDateTime.now(clock))
			.update();
		return result;
	}

	/** The latest kept score of each of the cases that has one. */
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> latestScores(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select distinct on (case_id) case_id, score from supervision_self_review
				where case_id in (:ids) order by case_id, reviewed_at desc, id desc""")
			.param("ids", caseIds)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	SelfReview review(ScoringStandard standard, CaseFileCheck.CaseFile file, Locale locale) {
		List<SelfReview.Veto> vetoes = new ArrayList<>();
		List<SelfReview.Deduction> deductions = new ArrayList<>();
		BigDecimal lost = BigDecimal.ZERO;
		int reviewerItems = 0;
		for (StandardItem item : standard.items()) {
			CaseFileCheck check = item.machineCheck() == null ? null : checks.get(item.machineCheck());
			if (check == null) {
				reviewerItems++;
				continue;
			}
			BigDecimal left = item.points();
			for (CaseFileCheck.Defect defect : check.examine(file)) {
				String reason = messages.getMessage(defect.reasonCode(), defect.reasonArgs().toArray(),
						defect.reasonCode(), locale);
				if (item.kind() == StandardItem.Kind.VETO) {
					vetoes.add(new SelfReview.Veto(item.code(), item.title(locale), reason));
					continue;
				}
				BigDecimal cost = defect.points() == null ? left : defect.points().min(left);
				if (cost.signum() > 0) {
					deductions.add(new SelfReview.Deduction(item.code(), item.title(locale), cost, reason));
					left = left.subtract(cost);
					lost = lost.add(cost);
				}
			}
		}
		BigDecimal score = vetoes.isEmpty() ? standard.total().subtract(lost) : BigDecimal.ZERO;
		return new SelfReview(file.caseId(), score, standard.grade(score, !vetoes.isEmpty()), vetoes, deductions,
				standard.label(), reviewerItems);
	}
}
