package cn.oneteam.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.Responsibility;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分类与定位: suggests a catalogue matter from the words of a report by the keyword rules an administrator keeps (the
 * matched words are the explanation), and asks the catalogue resolver who enforces the matter in the place on the day.
 */
@Service
public class Routing {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Clock clock;

	Routing(JdbcClient jdbc, Catalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** A keyword rule: the word, the matter it points to, its weight. */
	public record KeywordRule(long id, String keyword, String matterCode, int weight) {
	}

	/** A suggested matter, the words that matched and their total weight. */
	public record Suggestion(String matterCode, List<String> keywords, int score) {

		String explanation() {
			return matterCode + " ← " + String.join("、", keywords);
		}
	}

	@Transactional(readOnly = true)
	public List<KeywordRule> rules() {
		return jdbc.sql("select * from intake_keyword_rule order by matter_code, keyword")
			.query((rs, n) -> new KeywordRule(rs.getLong("id"), rs.getString("keyword"), rs.getString("matter_code"),
					rs.getInt("weight")))
			.list();
	}

	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public KeywordRule addRule(String keyword, String matterCode, int weight) {
		String word = keyword.strip();
		if (word.isEmpty() || word.length() > 50 || weight < 1 || weight > 100) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.rule-malformed", keyword, weight);
		}
		catalog.require(matterCode);
		if (rules().stream().anyMatch(r -> r.keyword().equals(word) && r.matterCode().equals(matterCode))) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.rule-exists", word, matterCode);
		}
		long id = jdbc.sql("""
				insert into intake_keyword_rule (keyword, matter_code, weight, created_at) values (?, ?, ?, ?) returning id""")
			.params(word, matterCode, weight, OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		return new KeywordRule(id, word, matterCode, weight);
	}

	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public void removeRule(long id) {
		if (jdbc.sql("delete from intake_keyword_rule where id = ?").param(id).update() == 0) {
			throw new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.rule-unknown", id);
		}
	}

	/** The matter whose rules' words, found in the text, weigh most (ties: the lower code); none when no word is found. */
	@Transactional(readOnly = true)
	public Optional<Suggestion> suggest(String text) {
		Map<String, List<KeywordRule>> hits = rules().stream()
			.filter(r -> text.contains(r.keyword()))
			.collect(Collectors.groupingBy(KeywordRule::matterCode, TreeMap::new, Collectors.toList()));
		return hits.entrySet().stream()
			.map(e -> new Suggestion(e.getKey(), e.getValue().stream().map(KeywordRule::keyword).toList(),
					e.getValue().stream().mapToInt(KeywordRule::weight).sum()))
			.max(Comparator.comparingInt(Suggestion::score).thenComparing(Suggestion::matterCode,
					Comparator.reverseOrder()));
	}

	/**
	 * Who enforces the matter in the place on the day (404 nobody, 409 several — the resolver never guesses). A
	 * "nobody" answer, which the intake turns into a dispute, leaves the event's transaction usable: it does not mark
	 * it for rollback. It runs in the caller's transaction, on its connection: a transaction of its own would take a
	 * second connection while the caller holds the record's chain lock, and under load every pooled connection would
	 * wait for that lock while its holder waits for a connection.
	 */
	@Transactional(readOnly = true, noRollbackFor = RuleViolation.class)
	public Responsibility responsible(String matterCode, DivisionCode place, LocalDate day) {
		return catalog.responsible(matterCode, place, day);
	}

	/** True when the catalogue knows the matter (a code a reporter or dispatcher names). */
	boolean knows(String matterCode) {
		return catalog.find(matterCode).isPresent();
	}

	/** The matter's name in force today, for lists and the public. */
	Optional<String> matterName(String matterCode) {
		return catalog.find(matterCode).map(m -> m.latest().name());
	}
}
