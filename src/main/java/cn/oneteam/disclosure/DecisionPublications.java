package cn.oneteam.disclosure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.casehandling.DecisionPublicity;
import cn.oneteam.casehandling.DecisionPublicity.DecisionFacts;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.disclosure.PublicationRules.Exclusion;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 处罚决定公开 (docs/adr/0043-published-decisions.md): a decided case registered with its due day and its public text —
 * masked once, here, through the one masking ({@link PersonalData}, docs/adr/0010-personal-data-masking.md) — or kept
 * with the reason it is not published; published by the scan once served or on its due day; withdrawn by a head of
 * its body with the reasons, which stay public; read by the public list, page, PDF and feed. A publication and a
 * withdrawal are typed events ({@link DecisionPublished}, {@link DecisionWithdrawn}) in their transaction, reported
 * upwards when configured (docs/adr/0056-reporting-upwards-through-kafka.md).
 */
@Service
@EnableConfigurationProperties(DecisionSettings.class)
public class DecisionPublications {

	/** The longest search text taken; a longer one is refused (400). */
	static final int MAX_QUERY = 50;

	/** The fewest characters a search text has besides the masks' (某, *). */
	static final int MIN_QUERY = 2;

	/** What the masks are written with: a search for them alone matches nearly every row. */
	static final String MASK_CHARACTERS = "[某*＊|]";

	/** How deep a search may page: offset plus page size at most this (docs/adr/0043-published-decisions.md). */
	static final int MAX_SEARCH_DEPTH = 2_000;

	/** The role that acts for a body (docs/adr/0009-who-may-do-what.md): its head. */
	static final String HEAD = "ROLE_BUREAU_HEAD";

	private final JdbcClient jdbc;

	private final DecisionPublicity cases;

	private final WorkingDayCalendar calendar;

	private final Organizations organizations;

	private final Catalog catalog;

	private final MessageSource messages;

	private final DecisionSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DecisionPublications(JdbcClient jdbc, DecisionPublicity cases, WorkingDayCalendar calendar,
			Organizations organizations, Catalog catalog, MessageSource messages, DecisionSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.calendar = calendar;
		this.organizations = organizations;
		this.catalog = catalog;
		this.messages = messages;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** A decision as the public sees it: masked party, no ID number, address to the township. */
	public record PublicDecision(long id, @Nullable String number, String body, long bodyId, LocalDate decidedOn,
			LocalDate publishedOn, String party, @Nullable String partyCode, @Nullable String partyAddress,
			String matterCode, String matter, String facts, String penalty) {
	}

	/** A withdrawal notice: which decision, when revoked and withdrawn, on which ground and why (处罚法 §48). */
	public record WithdrawalNotice(long id, @Nullable String number, String body, long bodyId, String matter,
			LocalDate decidedOn, LocalDate publishedOn, LocalDate revokedOn, LocalDate withdrawnOn, String ground,
			String reason) {
	}

	/** One page of a list: no total (counting a million rows costs more than the page), whether a next page exists. */
	public record Page<T>(int page, int size, boolean hasNext, List<T> items) {
	}

	/** Who asks for what: the list's filters, checked. */
	record Filter(@Nullable Long body, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q, int page,
			int size, @Nullable String number) {
	}

	/** A publication as its body's head manages it. */
	public record ManagedDecision(long id, @Nullable String number, String party, LocalDate decidedOn,
			LocalDate dueOn, @Nullable LocalDate publishedOn, @Nullable Boolean publishedOnTime, String status,
			@Nullable String excludedReason, @Nullable String excludedNote, @Nullable LocalDate revokedOn,
			@Nullable LocalDate withdrawnOn, @Nullable Boolean withdrawnOnTime, long bodyId) {
	}

	/** 撤回: the day the decision was revoked (changed, found illegal or void), the ground and the reasons. */
	public record Withdrawal(@NotNull @Schema(example = "2026-12-01") LocalDate revokedOn,
			@NotNull @Schema(example = "REVOKED") Ground ground,
			@NotBlank @Size(max = 1000) @Schema(example = "经行政复议，原处罚决定被撤销") String reason) {
	}

	/** Why a published decision is withdrawn (处罚法 §48; docs/legal/records.md#publicity). */
	public enum Ground {
		REVOKED, CHANGED, ILLEGAL, VOID
	}

	// ---- registration -------------------------------------------------------------------------------------------

	/**
	 * Registers the decided case once (a second call changes nothing): excluded with its reason, or pending with its
	 * due day and masked text. A transfer is no decision to publish; an unknown case is ignored.
	 */
	@Transactional
	public void register(long caseId) {
		DecisionFacts f = cases.facts(caseId).orElse(null);
		// an on-the-spot decision (simple procedure) keeps no outcome column: it is a penalty, kept back for its procedure
		if (f == null || f.decidedOn() == null || f.outcome() == cn.oneteam.casehandling.CaseOutcome.TRANSFER) {
			return;
		}
		Optional<Exclusion> excluded = PublicationRules.exclusion(f.procedure(), f.outcome(), f.kinds(), f.partyKind(),
				PublicationRules.birthDate(f.partyBirthDate(), f.partyCode()), f.actOn(), f.decidedOn(), false);
		Deadline due = calendar.workingDaysAfter(f.decidedOn(), settings.publishWithinWorkingDays());
		String place = placeOf(caseId);
		Masked m = mask(f, settings.masksPartyNameAt(place));
		String body = organizations.find(new OrganizationId(f.nameBodyId())).map(o -> o.name()).orElse("");
		String matter = catalog.find(f.matterCode())
			.map(x -> x.versionOn(f.decidedOn()).orElse(x.latest()).name())
			.orElse(f.matterCode());
		String penalty = penalty(f.kinds(), f.fine());
		String search = searchText(f.decisionNumber(), m.party(), m.partyCode());
		jdbc.sql("""
				insert into decision_publication (case_id, body_id, acting_body_id, body_name, decision_number, decided_on,
				  due_on, due_provisional, served_on, status, excluded_reason, party, party_code, party_address, matter_code,
				  matter, facts, penalty, search_text, search_grams, registered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, decision_grams(?), ?)
				on conflict (case_id) do nothing""")
			.params(caseId, f.nameBodyId(), f.actingBodyId(), body, f.decisionNumber(), f.decidedOn(), due.date(),
					due.provisional(), f.servedOn(), excluded.isPresent() ? "EXCLUDED" : "PENDING",
					excluded.map(Enum::name).orElse(null), m.party(), m.partyCode(), m.partyAddress(), f.matterCode(),
					matter, m.facts(), penalty, search, search, OffsetDateTime.now(clock))
			.update();
	}

	/** The decision was served: the scan publishes it at its next run. */
	@Transactional
	public void served(long caseId, LocalDate servedOn) {
		jdbc.sql("update decision_publication set served_on = ? where case_id = ? and served_on is null")
			.params(servedOn, caseId)
			.update();
	}

	/**
	 * A year's official schedule was loaded: every due day counted into a year not loaded then is counted again, and
	 * where the decision was already published whether on time follows the new day. The number of rows counted again.
	 */
	@Transactional
	public int recountProvisional() {
		List<Object[]> rows = jdbc.sql("""
				select id, decided_on from decision_publication where due_provisional order by id for update""")
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getObject("decided_on", LocalDate.class) })
			.list();
		for (Object[] row : rows) {
			Deadline due = calendar.workingDaysAfter((LocalDate) row[1], settings.publishWithinWorkingDays());
			jdbc.sql("""
					update decision_publication set due_on = ?, due_provisional = ?,
					  published_on_time = case when published_on is null then null else published_on <= ? end
					where id = ?""")
				.params(due.date(), due.provisional(), due.date(), row[0])
				.update();
		}
		return rows.size();
	}

	/** Registers every general-procedure penalty decided since the day that has no row yet (missed or late events). */
	@Transactional
	public int registerMissing(LocalDate since) {
		int before = count();
		for (long caseId : cases.decidedWithPenaltySince(since)) {
			register(caseId);
		}
		return count() - before;
	}

	private int count() {
		return jdbc.sql("select count(*) from decision_publication").query(Integer.class).single();
	}

	private String placeOf(long caseId) {
		return jdbc.sql("select place_code from penalty_case where id = ?").param(caseId).query(String.class)
			.optional().orElse("");
	}

	/** The public text of the case, masked. */
	record Masked(String party, @Nullable String partyCode, @Nullable String partyAddress, String facts) {
	}

	/**
	 * Masks the case's party and facts (docs/adr/0010-personal-data-masking.md; 浙江办法 §7): a natural person's name as
	 * 张某某 where the jurisdiction masks it; no code but an organisation's or business's 统一社会信用代码 (never an ID
	 * number); the address to the county and township; the representative's name — and the party's, where masked —
	 * written as 张某某 in the facts, and every phone, ID, passport, bank number and e-mail in them masked.
	 */
	static Masked mask(DecisionFacts f, boolean maskPartyName) {
		boolean person = f.partyKind() == PartyKind.NATURAL_PERSON;
		boolean asPerson = maskPartyName && (person || personalBusiness(f));
		String party = asPerson ? PersonalData.nameAsMou(f.partyName()) : f.partyName().strip();
		String code = !person && f.partyCode() != null && isCreditCode(f.partyCode()) ? f.partyCode().strip() : null;
		String address = PersonalData.addressToTownship(f.partyAddress());
		return new Masked(PersonalData.maskForPublication(party == null ? "" : party, List.of(), Map.of()), code,
				address, maskText(f.facts(), f, maskPartyName));
	}

	/**
	 * Free text of the case as published (its facts, a withdrawal's reasons): the party's full address written as its
	 * public form, the representative's name — and the party's, where masked — as 张某某, and every phone, e-mail, bank
	 * account, ID and passport number removed (docs/adr/0010-personal-data-masking.md, the one masking).
	 */
	static String maskText(String text, DecisionFacts f, boolean maskPartyName) {
		List<String> names = new ArrayList<>();
		if (f.partyRepresentative() != null) {
			names.add(f.partyRepresentative());
		}
		if (maskPartyName && (f.partyKind() == PartyKind.NATURAL_PERSON || personalBusiness(f))) {
			names.add(f.partyName());
		}
		Map<String, String> replacements = new HashMap<>();
		if (f.partyAddress() != null && !f.partyAddress().isBlank()) {
			String reduced = PersonalData.addressToTownship(f.partyAddress());
			replacements.put(f.partyAddress().strip(), reduced == null ? "" : reduced);
		}
		return PersonalData.maskForPublication(text, names, replacements);
	}

	/** A 个体工商户 named as its owner (the representative's name, or a personal name): published like a person. */
	static boolean personalBusiness(DecisionFacts f) {
		if (f.partyKind() != PartyKind.INDIVIDUAL_BUSINESS) {
			return false;
		}
		String name = f.partyName().strip();
		return f.partyRepresentative() != null && name.equals(f.partyRepresentative().strip())
				|| PersonalData.looksLikePersonalName(name);
	}

	private static boolean isCreditCode(String code) {
		try {
			CreditCode.of(code.strip());
			return true;
		}
		catch (RuntimeException notACreditCode) {
			return false;
		}
	}

	/** 罚款 in figures, other kinds by name, in the decision's language (Chinese). */
	String penalty(Set<PenaltyKind> kinds, @Nullable BigDecimal fine) {
		return kinds.stream().sorted().map(k -> {
			String name = messages.getMessage("penalty.kind." + k.name(), null, k.name(), Locale.SIMPLIFIED_CHINESE);
			return k == PenaltyKind.FINE && fine != null
					? name + messages.getMessage("disclosure.decisions.fine", new Object[] { yuan(fine) },
							Locale.SIMPLIFIED_CHINESE)
					: name;
		}).collect(Collectors.joining("、"));
	}

	private static String yuan(BigDecimal amount) {
		return new DecimalFormat("#,##0.00").format(amount);
	}

	/** What a search looks in: the number, the (masked) party and its code — public text only — lower-cased, no spaces. */
	static String searchText(@Nullable String number, String party, @Nullable String code) {
		return normalise(String.join("|", number == null ? "" : number, party, code == null ? "" : code));
	}

	static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
	}

	// ---- publication --------------------------------------------------------------------------------------------

	/**
	 * Publishes, as of the day, every pending decision served by then or due by then (so none is late), at most
	 * {@code batch}: the row records the day and whether it was on time; the case's 公示 clock ends as met with an entry
	 * in its record where it still runs. The number published.
	 */
	@Transactional
	public int publishDue(LocalDate day, int batch) {
		List<Long[]> due = jdbc.sql("""
				select id, case_id from decision_publication
				where status = 'PENDING' and (served_on <= ? or due_on <= ?) and decided_on <= ?
				order by due_on, id limit ? for update skip locked""")
			.params(day, day, day, batch)
			.query((rs, n) -> new Long[] { rs.getLong("id"), rs.getLong("case_id") })
			.list();
		String channel = messages.getMessage("disclosure.decisions.channel", null, Locale.SIMPLIFIED_CHINESE);
		for (Long[] row : due) {
			jdbc.sql("""
					update decision_publication set status = 'PUBLISHED', published_on = ?, published_on_time = (? <= due_on)
					where id = ?""")
				.params(day, day, row[0])
				.update();
			cases.publishedAutomatically(row[1], day, channel, "/public/decisions/" + row[0]);
			events.publishEvent(published(row[0]));
		}
		return due.size();
	}

	/** The decision just published, as it is reported upwards: its public text only. */
	private DecisionPublished published(long id) {
		return jdbc.sql(PUBLIC + ", published_on_time" + FROM + " where id = ?").param(id).query((rs, n) -> {
			PublicDecision d = decision(rs);
			Organization body = body(d.bodyId());
			return new DecisionPublished(UUID.randomUUID(), d.id(), d.number(), d.bodyId(), d.body(), body.code(),
					body.seat(), d.decidedOn(), d.publishedOn(), rs.getBoolean("published_on_time"), d.party(),
					d.partyCode(), d.partyAddress(), d.matterCode(), d.matter(), d.facts(), d.penalty(),
					OffsetDateTime.now(clock));
		}).single();
	}

	/** The decision just withdrawn, as it is reported upwards: the public notice. */
	private DecisionWithdrawn withdrawn(long id, boolean onTime) {
		WithdrawalNotice n = notice(id).orElseThrow();
		Organization body = body(n.bodyId());
		return new DecisionWithdrawn(UUID.randomUUID(), n.id(), n.number(), n.bodyId(), n.body(), body.code(),
				body.seat(), n.revokedOn(), n.withdrawnOn(), onTime, Ground.valueOf(n.ground()), n.reason(),
				OffsetDateTime.now(clock));
	}

	private Organization body(long id) {
		return organizations.find(new OrganizationId(id)).orElseThrow();
	}

	/**
	 * The decisions still pending, published day by day from the earliest decision up to the day, each on the first day
	 * it was served or due (the demo's cases, dated back like their stories, appear as if the scan had run daily). The
	 * number published.
	 */
	@Transactional
	public int publishDueSinceEarliest(LocalDate day) {
		LocalDate earliest = jdbc.sql("select min(decided_on) from decision_publication where status = 'PENDING'")
			.query(LocalDate.class).optional().orElse(null);
		int published = 0;
		for (LocalDate d = earliest; d != null && !d.isAfter(day); d = d.plusDays(1)) {
			published += publishDue(d, Integer.MAX_VALUE);
		}
		return published;
	}

	// ---- withdrawal ---------------------------------------------------------------------------------------------

	/**
	 * 撤回 (处罚法 §48): a head of the decision's body (the body it was issued in, or the body that acted) withdraws a
	 * published decision today, with the day it was revoked, the ground and the reasons; whether within the configured
	 * working days of the revocation is recorded. Refused, changing nothing: 404 unknown, 403 not a head of the body,
	 * 409 not published, 422 a revocation day in the future or before the decision, 400 no reason.
	 */
	@Transactional
	public ManagedDecision withdraw(long id, Withdrawal w, ScopedPrincipal caller) {
		Row row = locked(id);
		// the body in whose name the decision was issued answers for it (处罚法 §20), not the body that acted for it
		if (!hasAuthority(HEAD) || caller.organizationId() != row.bodyId()) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "disclosure.withdrawal-not-permitted");
		}
		if (!"PUBLISHED".equals(row.status())) {
			throw new RuleViolation(RuleViolation.CONFLICT, "disclosure.decision-not-published", id);
		}
		String reason = w.reason() == null ? "" : w.reason().strip();
		if (reason.isEmpty() || reason.length() > 1000) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.withdrawal-reason-required");
		}
		LocalDate today = today();
		if (w.revokedOn().isAfter(today)) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "disclosure.revoked-in-future", w.revokedOn());
		}
		if (w.revokedOn().isBefore(row.decidedOn())) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "disclosure.revoked-before-decision", w.revokedOn(),
					row.decidedOn());
		}
		LocalDate by = PublicationRules.withdrawBy(w.revokedOn(), settings.withdrawWithinWorkingDays(),
				(from, days) -> calendar.workingDaysAfter(from, days).date());
		boolean onTime = PublicationRules.onTime(today, by);
		jdbc.sql("""
				update decision_publication set status = 'WITHDRAWN', revoked_on = ?, withdrawal_ground = ?,
				  withdrawal_reason = ?, withdrawn_on = ?, withdrawn_on_time = ?, withdrawn_by = ? where id = ?""")
			.params(w.revokedOn(), w.ground().name(), maskWithCase(row.caseId(), reason), today, onTime,
					caller.accountId(), id)
			.update();
		events.publishEvent(withdrawn(id, onTime));
		return managed(id).orElseThrow();
	}

	private Row locked(long id) {
		return jdbc.sql(ROW + " where id = ? for update")
			.param(id)
			.query((rs, n) -> row(rs))
			.optional()
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.decision-unknown", id));
	}

	private static final String ROW = "select id, case_id, body_id, status, decided_on from decision_publication";

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("body_id"), rs.getString("status"),
				rs.getObject("decided_on", LocalDate.class));
	}

	/** Text about the case as published: masked with the case's own names and address (see {@link #maskText}). */
	private String maskWithCase(long caseId, String text) {
		return cases.facts(caseId)
			.map(f -> maskText(text, f, settings.masksPartyNameAt(placeOf(caseId))))
			.orElseGet(() -> PersonalData.maskForPublication(text, List.of(), Map.of()));
	}

	private record Row(long id, long caseId, long bodyId, String status, LocalDate decidedOn) {
	}

	/** Why a pending decision is kept private: the reasons (政府信息公开条例 §14, §15). */
	public record KeepPrivate(@NotBlank @Size(max = 1000) @Schema(example = "涉及个人隐私，公开后可能对当事人造成不当影响") String reason) {
	}

	/**
	 * 依法不予公开: the head of the body the decision is issued in keeps a pending decision private, with the reasons;
	 * the scan never publishes it. Refused, changing nothing: 404 unknown, 403 not a head of that body, 409 not pending,
	 * 400 no reason.
	 */
	@Transactional
	public ManagedDecision keepPrivate(long id, KeepPrivate k, ScopedPrincipal caller) {
		Row row = locked(id);
		if (!hasAuthority(HEAD) || caller.organizationId() != row.bodyId()) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "disclosure.keep-private-not-permitted");
		}
		if (!"PENDING".equals(row.status())) {
			throw new RuleViolation(RuleViolation.CONFLICT, "disclosure.decision-not-pending", id);
		}
		String reason = k.reason() == null ? "" : k.reason().strip();
		if (reason.isEmpty() || reason.length() > 1000) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.private-reason-required");
		}
		jdbc.sql("""
				update decision_publication set status = 'EXCLUDED', excluded_reason = 'PRIVATE', excluded_note = ?,
				  excluded_by = ? where id = ?""")
			.params(maskWithCase(row.caseId(), reason), caller.accountId(), id)
			.update();
		return managed(id).orElseThrow();
	}

	/**
	 * The case's decision was revoked (处罚法 §48): a pending one is kept back for good (REVOKED); a published one is
	 * withdrawn by the system at once — the day it hears of it, so within the working days of the revocation unless the
	 * revocation was recorded late, which the row then shows — on the ground REVOKED with the case's reasons, masked.
	 * Idempotent: a replayed event finds nothing pending or published.
	 */
	@Transactional
	public void revoked(long caseId, LocalDate revokedOn, @Nullable String reason) {
		Row row = jdbc.sql(ROW + " where case_id = ? for update").param(caseId).query((rs, n) -> row(rs)).optional()
			.orElse(null);
		if (row == null) {
			return;
		}
		if ("PENDING".equals(row.status())) {
			jdbc.sql("""
					update decision_publication set status = 'EXCLUDED', excluded_reason = 'REVOKED', revoked_on = ?
					where id = ?""")
				.params(revokedOn, row.id())
				.update();
		}
		else if ("PUBLISHED".equals(row.status())) {
			LocalDate today = today();
			LocalDate on = today.isBefore(revokedOn) ? revokedOn : today;
			LocalDate by = PublicationRules.withdrawBy(revokedOn, settings.withdrawWithinWorkingDays(),
					(from, days) -> calendar.workingDaysAfter(from, days).date());
			String text = reason == null || reason.isBlank()
					? messages.getMessage("disclosure.decisions.revokedReason", null, Locale.SIMPLIFIED_CHINESE)
					: reason.strip();
			boolean onTime = PublicationRules.onTime(on, by);
			jdbc.sql("""
					update decision_publication set status = 'WITHDRAWN', revoked_on = ?, withdrawal_ground = 'REVOKED',
					  withdrawal_reason = ?, withdrawn_on = ?, withdrawn_on_time = ? where id = ?""")
				.params(revokedOn, maskWithCase(caseId, text), on, onTime, row.id())
				.update();
			events.publishEvent(withdrawn(row.id(), onTime));
		}
	}

	/**
	 * The decisions of the caller's body (issued in its name or acted on by it), newest first, a page at a time; those
	 * whose decision number contains {@code number} where given. Bad paging is a 400 problem.
	 */
	@Transactional(readOnly = true)
	public Page<ManagedDecision> ofBody(ScopedPrincipal caller, @Nullable String number, @Nullable Integer page,
			@Nullable Integer size) {
		Filter f = filter(null, null, null, null, page, size);
		String text = number == null || number.isBlank() ? null : number.strip();
		if (text != null && text.length() > MAX_QUERY) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.query-too-long", MAX_QUERY);
		}
		List<Object> params = new ArrayList<>(List.of(caller.organizationId(), caller.organizationId()));
		String where = " where (body_id = ? or acting_body_id = ?)";
		if (text != null) {
			where += " and strpos(decision_number, ?) > 0";
			params.add(text);
		}
		params.add(f.size() + 1);
		params.add(f.page() * f.size());
		List<ManagedDecision> rows = jdbc.sql(MANAGED + where + " order by decided_on desc, id desc limit ? offset ?")
			.params(params)
			.query((rs, n) -> managed(rs))
			.list();
		boolean next = rows.size() > f.size();
		return new Page<>(f.page(), f.size(), next, next ? rows.subList(0, f.size()) : rows);
	}

	@Transactional(readOnly = true)
	public Optional<ManagedDecision> managed(long id) {
		return jdbc.sql(MANAGED + " where id = ?").param(id).query((rs, n) -> managed(rs)).optional();
	}

	private static final String MANAGED = """
			select id, decision_number, party, decided_on, due_on, published_on, published_on_time, status, excluded_reason,
			       excluded_note, revoked_on, withdrawn_on, withdrawn_on_time, body_id from decision_publication""";

	private static ManagedDecision managed(ResultSet rs) throws SQLException {
		return new ManagedDecision(rs.getLong("id"), rs.getString("decision_number"), rs.getString("party"),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				rs.getObject("published_on", LocalDate.class), (Boolean) rs.getObject("published_on_time"),
				rs.getString("status"), rs.getString("excluded_reason"), rs.getString("excluded_note"),
				rs.getObject("revoked_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
				(Boolean) rs.getObject("withdrawn_on_time"), rs.getLong("body_id"));
	}

	// ---- public reads -------------------------------------------------------------------------------------------

	/**
	 * The published decisions, newest decision first, filtered by body, a range of decision days and a text found in
	 * the number, the (masked) party or its code. Bad filters are 400 problems.
	 */
	@Transactional(readOnly = true)
	public Page<PublicDecision> list(@Nullable Long body, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String q, @Nullable Integer page, @Nullable Integer size) {
		Filter f = filter(body, from, to, q, page, size);
		StringBuilder where = new StringBuilder(" where status = 'PUBLISHED'");
		List<Object> params = new ArrayList<>();
		if (f.body() != null) {
			where.append(" and body_id = ?");
			params.add(f.body());
		}
		if (f.from() != null) {
			where.append(" and decided_on >= ?");
			params.add(f.from());
		}
		if (f.to() != null) {
			where.append(" and decided_on <= ?");
			params.add(f.to());
		}
		int wanted = f.page() * f.size() + f.size() + 1;
		List<PublicDecision> rows = null;
		if (f.q() != null && f.number() != null) {
			// a whole decision number: its own index answers at once (a number is no fragment of another's)
			List<Object> exact = new ArrayList<>(params);
			exact.addAll(List.of(f.number(), f.size() + 1, f.page() * f.size()));
			List<PublicDecision> found = jdbc.sql(PUBLIC + FROM + where + " and decision_number = ?"
					+ " order by decided_on desc, id desc limit ? offset ?")
				.params(exact).query((rs, n) -> decision(rs)).list();
			if (!found.isEmpty()) {
				rows = found;
			}
		}
		if (rows == null && f.q() != null && wanted <= WINDOW / 10) {
			// a common text (张某某) matches many rows: the newest WINDOW rows of the list, in its index order, hold
			// enough of them, and are exactly the first matches when they do — cheaper than gathering every match
			List<Object> windowed = new ArrayList<>(params);
			windowed.addAll(List.of(WINDOW, f.q(), f.size() + 1, f.page() * f.size()));
			List<PublicDecision> found = jdbc.sql("select * from (" + PUBLIC + ", search_text" + FROM + where
					+ " order by decided_on desc, id desc limit ?) newest where strpos(search_text, ?) > 0"
					+ " order by decided_on desc, id desc limit ? offset ?")
				.params(windowed).query((rs, n) -> decision(rs)).list();
			if (found.size() == f.size() + 1) {
				rows = found;
			}
		}
		if (rows == null) {
			StringBuilder sql = new StringBuilder(PUBLIC + FROM).append(where);
			if (f.q() != null) {
				// a rarer text: the grams index finds every match, the text check drops pairs found apart
				sql.append(" and search_grams @> decision_query_grams(?) and strpos(search_text, ?) > 0");
				params.add(f.q());
				params.add(f.q());
			}
			sql.append(" order by decided_on desc, id desc limit ? offset ?");
			params.add(f.size() + 1);
			params.add(f.page() * f.size());
			rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> decision(rs)).list();
		}
		boolean next = rows.size() > f.size();
		return new Page<>(f.page(), f.size(), next, next ? rows.subList(0, f.size()) : rows);
	}

	/** How many of the newest rows a search reads first before it asks the grams index (see {@link #list}). */
	static final int WINDOW = 3_000;

	private static final String FROM = " from decision_publication";

	/** One published decision; 404 when none, 410 with the notice when withdrawn. */
	@Transactional(readOnly = true)
	public PublicDecision find(long id) {
		String status = jdbc.sql("select status from decision_publication where id = ?").param(id).query(String.class)
			.optional().orElse("");
		if ("WITHDRAWN".equals(status)) {
			WithdrawalNotice notice = notice(id).orElseThrow();
			throw new RuleViolation(410, "disclosure.decision-withdrawn", notice.withdrawnOn(), notice.reason());
		}
		if (!"PUBLISHED".equals(status)) {
			throw new RuleViolation(RuleViolation.NOT_FOUND, "disclosure.decision-unknown", id);
		}
		return jdbc.sql(PUBLIC + FROM + " where id = ?").param(id).query((rs, n) -> decision(rs)).single();
	}

	/** The withdrawal notice of a decision; empty unless withdrawn. */
	@Transactional(readOnly = true)
	public Optional<WithdrawalNotice> notice(long id) {
		return jdbc.sql(NOTICE + " and id = ?").param(id).query((rs, n) -> notice(rs)).optional();
	}

	/** The withdrawal notices, newest withdrawal first. */
	@Transactional(readOnly = true)
	public Page<WithdrawalNotice> withdrawn(@Nullable Integer page, @Nullable Integer size) {
		Filter f = filter(null, null, null, null, page, size);
		List<WithdrawalNotice> rows = jdbc.sql(NOTICE + " order by withdrawn_on desc, id desc limit ? offset ?")
			.params(f.size() + 1, f.page() * f.size())
			.query((rs, n) -> notice(rs))
			.list();
		boolean next = rows.size() > f.size();
		return new Page<>(f.page(), f.size(), next, next ? rows.subList(0, f.size()) : rows);
	}

	/** The feed's entries: the latest publications and withdrawals, newest first. */
	@Transactional(readOnly = true)
	public List<FeedEntry> feed(int limit) {
		return jdbc.sql("""
				(select id, decision_number, body_name, matter, penalty, party, published_on as day, false as withdrawn,
				        null::text as reason, registered_at
				 from decision_publication where status = 'PUBLISHED' order by published_on desc, id desc limit ?)
				union all
				(select id, decision_number, body_name, matter, penalty, party, withdrawn_on, true, withdrawal_reason,
				        registered_at
				 from decision_publication where status = 'WITHDRAWN' order by withdrawn_on desc, id desc limit ?)
				order by day desc, id desc limit ?""")
			.params(limit, limit, limit)
			.query((rs, n) -> new FeedEntry(rs.getLong("id"), rs.getString("decision_number"), rs.getString("body_name"),
					rs.getString("matter"), rs.getString("penalty"), rs.getString("party"),
					rs.getObject("day", LocalDate.class), rs.getBoolean("withdrawn"), rs.getString("reason")))
			.list();
	}

	/** One entry of the Atom feed. */
	public record FeedEntry(long id, @Nullable String number, String body, String matter, String penalty, String party,
			LocalDate day, boolean withdrawn, @Nullable String reason) {
	}

	private static final String PUBLIC = """
			select id, decision_number, body_name, body_id, decided_on, published_on, party, party_code, party_address,
			       matter_code, matter, facts, penalty""";

	private static final String NOTICE = """
			select id, decision_number, body_name, body_id, matter, decided_on, published_on, revoked_on, withdrawn_on,
			       withdrawal_ground, withdrawal_reason from decision_publication where status = 'WITHDRAWN'""";

	private static PublicDecision decision(ResultSet rs) throws SQLException {
		return new PublicDecision(rs.getLong("id"), rs.getString("decision_number"), rs.getString("body_name"),
				rs.getLong("body_id"), rs.getObject("decided_on", LocalDate.class),
				rs.getObject("published_on", LocalDate.class), rs.getString("party"), rs.getString("party_code"),
				rs.getString("party_address"), rs.getString("matter_code"), rs.getString("matter"),
				rs.getString("facts"), rs.getString("penalty"));
	}

	private static WithdrawalNotice notice(ResultSet rs) throws SQLException {
		return new WithdrawalNotice(rs.getLong("id"), rs.getString("decision_number"), rs.getString("body_name"),
				rs.getLong("body_id"), rs.getString("matter"), rs.getObject("decided_on", LocalDate.class),
				rs.getObject("published_on", LocalDate.class), rs.getObject("revoked_on", LocalDate.class),
				rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawal_ground"),
				rs.getString("withdrawal_reason"));
	}

	/** The filters checked: 400 for a negative page, a range that ends before it starts, a search text too long. */
	Filter filter(@Nullable Long body, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q,
			@Nullable Integer page, @Nullable Integer size) {
		int p = page == null ? 0 : page;
		if (p < 0 || p > 10_000) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.page-out-of-range", 10_000);
		}
		int s = size == null ? 20 : size;
		if (s < 1) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.size-out-of-range", settings.maxPageSize());
		}
		s = Math.min(s, settings.maxPageSize());
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.range-reversed", from, to);
		}
		String text = q == null || q.isBlank() ? null : normalise(q);
		if (text != null && text.length() > MAX_QUERY) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.query-too-long", MAX_QUERY);
		}
		// a search reads far more than a page: an anonymous caller may not page it deep, nor search for a mask alone
		if (text != null && text.replaceAll(MASK_CHARACTERS, "").codePoints().count() < MIN_QUERY) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.query-too-short", MIN_QUERY);
		}
		if (text != null && (long) p * s + s > MAX_SEARCH_DEPTH) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.search-too-deep", MAX_SEARCH_DEPTH);
		}
		return new Filter(body, from, to, text, p, s, text == null ? null : q.strip());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}

	/** Whether the signed-in caller is a body's head (who may withdraw). */
	static boolean isHead() {
		return hasAuthority(HEAD);
	}

	private static boolean hasAuthority(String authority) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.anyMatch(authority::equals);
	}
}
