package cn.oneteam.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.oneteam.organization.RosterFile.Column;
import cn.oneteam.organization.RosterReport.Outcome;
import cn.oneteam.organization.RosterReport.RowError;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.shared.Sha256;
import cn.oneteam.shared.SpreadsheetDay;
import cn.oneteam.shared.UploadedTable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 花名册导入: a body's people from a CSV or .xlsx roster, all rows or none (docs/adr/0048-onboarding-a-county.md).
 * Every row is checked first — by the domain's own rules ({@link NewPerson}, {@link NewCertificate},
 * {@link Officers#requireCertifiable}) — and one refused cell refuses the file with every refused cell named. A person
 * is matched within the body by ID number: a new one is registered, a known one updated where the row differs, a
 * certificate number new to the person issued. Nothing is ever removed; importing the same file again changes nothing
 * and records nothing.
 */
@Service
public class RosterImport {

	static final int MAX_ROWS = 5_000;

	private final Organizations organizations;

	private final PeopleRepository people;

	private final MessageSource messages;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	RosterImport(Organizations organizations, PeopleRepository people, MessageSource messages,
			ApplicationEventPublisher publisher, Clock clock) {
		this.organizations = organizations;
		this.people = people;
		this.messages = messages;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Checks every row, then writes them all (unless a dry run) in this one transaction, or refuses the file. */
	@Transactional
	@PreAuthorize("hasAuthority('personnel:manage')")
	public RosterReport importFile(OrganizationId body, String fileName, byte[] content, boolean dryRun,
			ScopedPrincipal caller) {
		organizations.requireWithin(body, caller.jurisdiction());
		RosterFile file = RosterFile.read(fileName, content, MAX_ROWS);
		Check check = new Check(file, body);
		List<Planned> plans = file.lines().stream().map(check::row).toList();
		check.certificatesTakenElsewhere(plans);
		if (!check.errors.isEmpty()) {
			throw new RosterRejected(check.errors);
		}
		List<RosterReport.Line> lines = plans.stream()
			.map(p -> new RosterReport.Line(p.row(), p.person().name(), p.idNumber(), p.outcome()))
			.toList();
		if (!dryRun) {
			write(body, fileName, content, plans, caller);
		}
		return RosterReport.of(dryRun, lines);
	}

	private void write(OrganizationId body, String fileName, byte[] content, List<Planned> plans, ScopedPrincipal caller) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Long> created = new ArrayList<>();
		Map<Long, List<String>> updated = new LinkedHashMap<>();
		for (Planned plan : plans) {
			long id;
			switch (plan.outcome()) {
				case CREATED -> {
					id = people.insertPerson(plan.person(), plan.idNumber().value());
					created.add(id);
				}
				case UPDATED -> {
					id = plan.existing().id().value();
					people.updatePerson(id, plan.person());
					updated.put(id, plan.changed());
				}
				default -> {
					continue;
				}
			}
			if (plan.newCertificate() != null) {
				people.insertCertificate(id, plan.newCertificate(), now);
			}
		}
		if (created.isEmpty() && updated.isEmpty()) {
			return;
		}
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("fileName", fileName);
		facts.put("sha256", Sha256.hex(content));
		facts.put("rows", plans.size());
		facts.put("created", created);
		facts.put("updated", List.copyOf(updated.keySet()));
		facts.put("changed", updated.entrySet()
			.stream()
			.collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
		publisher.publishEvent(new RosterImported(body.value(), caller.accountId(), now, facts));
	}

	/** A row checked: the person as the row says, the person found by ID number (if any), and what to do. */
	private record Planned(int row, IdNumber idNumber, NewPerson person, @Nullable Person existing,
			@Nullable NewCertificate newCertificate, Outcome outcome, List<String> changed) {
	}

	/** The checks of one file against one body, collecting every refused cell. */
	private final class Check {

		private final RosterFile file;

		private final OrganizationId body;

		private final Locale locale = LocaleContextHolder.getLocale();

		private final List<RowError> errors = new ArrayList<>();

		private final Map<String, Long> teams;

		private final Map<String, Person> known;

		private final Map<Long, List<Certificate>> certificates;

		private final Map<String, Integer> idNumberRows = new HashMap<>();

		private final Map<String, Integer> certificateRows = new HashMap<>();

		private final Map<String, EnforcementDomain> domains = new HashMap<>();

		private final LocalDate today = LocalDate.now(clock);

		Check(RosterFile file, OrganizationId body) {
			this.file = file;
			this.body = body;
			this.teams = people.teams(body.value()).stream().collect(Collectors.toMap(Team::name, Team::id));
			this.known = people.peopleByIdNumber(body.value());
			this.certificates = people.certificatesOfOrganization(body.value());
			for (EnforcementDomain d : EnforcementDomain.values()) {
				domains.put(d.name().toLowerCase(Locale.ROOT), d);
				for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
					domains.put(messages.getMessage("domain." + d.name(), null, d.name(), l).toLowerCase(Locale.ROOT), d);
				}
			}
		}

		@Nullable Planned row(UploadedTable.Line<Column> line) {
			int before = errors.size();
			int row = line.row();
			String name = line.get(Column.NAME);
			if (name.isEmpty()) {
				refuse(row, Column.NAME, "onboard.value-missing");
			}
			else if (name.length() > 100) {
				refuse(row, Column.NAME, "onboard.value-too-long", 100);
			}
			IdNumber idNumber = idNumber(line);
			PersonCategory category = choice(line, Column.CATEGORY, PersonCategory.class, Map.of("在编", "ESTABLISHMENT",
					"在编人员", "ESTABLISHMENT", "辅助", "AUXILIARY", "执法辅助人员", "AUXILIARY", "辅助人员", "AUXILIARY",
					"网格员", "GRID_WORKER"));
			PostKind postKind = choice(line, Column.POST_KIND, PostKind.class, Map.of("行政", "ADMINISTRATIVE",
					"行政编制", "ADMINISTRATIVE", "事业", "PUBLIC_INSTITUTION", "事业编制", "PUBLIC_INSTITUTION", "工勤",
					"SERVICE", "工勤编制", "SERVICE"));
			Long team = null;
			if (!line.get(Column.TEAM).isEmpty()) {
				team = teams.get(line.get(Column.TEAM));
				if (team == null) {
					refuse(row, Column.TEAM, "onboard.team-unknown", line.get(Column.TEAM));
				}
			}
			Boolean reviewer = yesNo(line, Column.LEGAL_REVIEWER);
			Boolean qualified = yesNo(line, Column.LEGAL_QUALIFIED);
			LocalDate joinedOn = line.get(Column.JOINED_ON).isEmpty() ? null : date(line, Column.JOINED_ON);
			Person existing = idNumber == null ? null : known.get(idNumber.value());
			NewPerson person = null;
			if (errors.size() == before && category != null) {
				try {
					person = new NewPerson(body, team, name, category, postKind, Boolean.TRUE.equals(reviewer),
							Boolean.TRUE.equals(qualified), existing == null ? null : existing.accountId(),
							joinedOn != null ? joinedOn : existing != null ? existing.joinedOn() : today);
				}
				catch (RuleViolation violation) {
					refuse(row, "person.reviewer-not-establishment".equals(violation.code()) ? Column.LEGAL_REVIEWER
							: Column.POST_KIND, violation);
				}
			}
			NewCertificate certificate = certificate(line);
			if (person == null) {
				return null;
			}
			List<Certificate> held = existing == null ? List.of() : certificates.getOrDefault(existing.id().value(), List.of());
			if (certificate != null || !held.isEmpty()) {
				try {
					Officers.requireCertifiable(person.category(), person.postKind(), person.name());
				}
				catch (RuleViolation violation) {
					refuse(row, certificate != null ? Column.CERTIFICATE_NUMBER : Column.CATEGORY, violation);
					return null;
				}
			}
			NewCertificate issue = certificate == null ? null : toIssue(row, certificate, held);
			if (errors.size() > before) {
				return null;
			}
			List<String> changed = existing == null ? List.of() : changes(existing, person, issue);
			Outcome outcome = existing == null ? Outcome.CREATED
					: changed.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
			return new Planned(row, idNumber, person, existing, issue, outcome, changed);
		}

		/** The certificate to issue: none when the person holds this very one already; refused when it differs. */
		private @Nullable NewCertificate toIssue(int row, NewCertificate certificate, List<Certificate> certificates) {
			for (Certificate held : certificates) {
				if (held.number().equals(certificate.number())) {
					if (!(held.issuingAuthority().equals(certificate.issuingAuthority())
							&& held.domains().equals(certificate.domains())
							&& held.validFrom().equals(certificate.validFrom())
							&& held.validTo().equals(certificate.validTo()))) {
						refuse(row, Column.CERTIFICATE_NUMBER, "onboard.certificate-differs", certificate.number());
					}
					return null;
				}
			}
			return certificate;
		}

		/** Certificate numbers new to their row's person but held by someone else already. */
		void certificatesTakenElsewhere(List<Planned> plans) {
			List<Planned> issuing = plans.stream().filter(p -> p != null && p.newCertificate() != null).toList();
			if (issuing.isEmpty()) {
				return;
			}
			Map<String, Long> holders = people.certificateHolders(
					issuing.stream().map(p -> p.newCertificate().number()).toList());
			for (Planned p : issuing) {
				if (holders.containsKey(p.newCertificate().number())) {
					refuse(p.row(), Column.CERTIFICATE_NUMBER, "onboard.certificate-taken", p.newCertificate().number());
				}
			}
		}

		/** The fields a known person's row changes, by name (never the ID number, which matched them). */
		private List<String> changes(Person existing, NewPerson row, @Nullable NewCertificate issue) {
			Map<String, Boolean> same = new LinkedHashMap<>();
			same.put("name", existing.name().equals(row.name()));
			same.put("category", existing.category() == row.category());
			same.put("postKind", existing.postKind() == row.postKind());
			same.put("team", Objects.equals(existing.teamId(), row.teamId()));
			same.put("legalReviewer", existing.legalReviewer() == row.legalReviewer());
			same.put("legalQualified", existing.legalQualified() == row.legalQualified());
			same.put("joinedOn", existing.joinedOn().equals(row.joinedOn()));
			same.put("certificate", issue == null);
			return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
		}

		private @Nullable IdNumber idNumber(UploadedTable.Line<Column> line) {
			String text = line.get(Column.ID_NUMBER);
			if (text.isEmpty()) {
				refuse(line.row(), Column.ID_NUMBER, "onboard.value-missing");
				return null;
			}
			try {
				IdNumber number = IdNumber.of(text);
				Integer earlier = idNumberRows.putIfAbsent(number.value(), line.row());
				if (earlier != null) {
					refuse(line.row(), Column.ID_NUMBER, "onboard.id-number-repeated", earlier);
				}
				return number;
			}
			catch (RuleViolation violation) {
				refuse(line.row(), Column.ID_NUMBER, violation);
				return null;
			}
		}

		private @Nullable NewCertificate certificate(UploadedTable.Line<Column> line) {
			List<Column> columns = List.of(Column.CERTIFICATE_NUMBER, Column.CERTIFICATE_ISSUER,
					Column.CERTIFICATE_DOMAINS, Column.CERTIFICATE_VALID_FROM, Column.CERTIFICATE_VALID_TO);
			if (columns.stream().allMatch(c -> line.get(c).isEmpty())) {
				return null;
			}
			int before = errors.size();
			for (Column c : columns) {
				if (line.get(c).isEmpty()) {
					refuse(line.row(), c, "onboard.value-missing");
				}
			}
			String number = line.get(Column.CERTIFICATE_NUMBER);
			if (number.length() > 64) {
				refuse(line.row(), Column.CERTIFICATE_NUMBER, "onboard.value-too-long", 64);
			}
			if (line.get(Column.CERTIFICATE_ISSUER).length() > 200) {
				refuse(line.row(), Column.CERTIFICATE_ISSUER, "onboard.value-too-long", 200);
			}
			Set<EnforcementDomain> covered = EnumSet.noneOf(EnforcementDomain.class);
			for (String part : line.get(Column.CERTIFICATE_DOMAINS).split("[、;；,，|]")) {
				if (!part.isBlank()) {
					EnforcementDomain domain = domains.get(part.strip().toLowerCase(Locale.ROOT));
					if (domain == null) {
						refuse(line.row(), Column.CERTIFICATE_DOMAINS, "onboard.value-unknown", part.strip());
					}
					else {
						covered.add(domain);
					}
				}
			}
			LocalDate from = line.get(Column.CERTIFICATE_VALID_FROM).isEmpty() ? null
					: date(line, Column.CERTIFICATE_VALID_FROM);
			LocalDate to = line.get(Column.CERTIFICATE_VALID_TO).isEmpty() ? null : date(line, Column.CERTIFICATE_VALID_TO);
			if (errors.size() > before) {
				return null;
			}
			if (!number.isEmpty()) {
				Integer earlier = certificateRows.putIfAbsent(number, line.row());
				if (earlier != null) {
					refuse(line.row(), Column.CERTIFICATE_NUMBER, "onboard.certificate-repeated", earlier);
					return null;
				}
			}
			try {
				return new NewCertificate(number, line.get(Column.CERTIFICATE_ISSUER), covered, from, to);
			}
			catch (RuleViolation violation) {
				refuse(line.row(), "certificate.no-domain".equals(violation.code()) ? Column.CERTIFICATE_DOMAINS
						: Column.CERTIFICATE_VALID_TO, violation);
				return null;
			}
		}

		private <E extends Enum<E>> @Nullable E choice(UploadedTable.Line<Column> line, Column column, Class<E> type,
				Map<String, String> chinese) {
			String text = line.get(column);
			if (text.isEmpty()) {
				if (column.required) {
					refuse(line.row(), column, "onboard.value-missing");
				}
				return null;
			}
			String constant = chinese.getOrDefault(text, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
			return java.util.Arrays.stream(type.getEnumConstants())
				.filter(e -> e.name().equals(constant))
				.findFirst()
				.orElseGet(() -> {
					refuse(line.row(), column, "onboard.value-unknown", text);
					return null;
				});
		}

		private @Nullable Boolean yesNo(UploadedTable.Line<Column> line, Column column) {
			String text = line.get(column).toLowerCase(Locale.ROOT);
			Function<String, Boolean> read = t -> switch (t) {
				case "", "否", "no", "n", "false", "0" -> Boolean.FALSE;
				case "是", "yes", "y", "true", "1" -> Boolean.TRUE;
				default -> null;
			};
			Boolean value = read.apply(text);
			if (value == null) {
				refuse(line.row(), column, "onboard.value-unknown", line.get(column));
			}
			return value;
		}

		/** A day as {@link SpreadsheetDay} reads it; a joining day must not lie in the future. */
		private @Nullable LocalDate date(UploadedTable.Line<Column> line, Column column) {
			String text = line.get(column);
			LocalDate day = SpreadsheetDay.parse(text).orElse(null);
			if (day == null) {
				refuse(line.row(), column, "onboard.date-malformed", text);
			}
			else if (column == Column.JOINED_ON && day.isAfter(today)) {
				refuse(line.row(), column, "onboard.joined-in-future", text);
				return null;
			}
			return day;
		}

		private void refuse(int row, Column column, String code, Object... arguments) {
			refuse(row, column, new OrganizationViolation(OrganizationViolation.BAD_REQUEST, code, arguments));
		}

		private void refuse(int row, Column column, RuleViolation violation) {
			errors.add(new RowError(row, file.header().getOrDefault(column, column.names.get(0)), violation.code(),
					messages.getMessage("problem." + violation.code() + ".detail", violation.arguments(), violation.code(),
							locale)));
		}
	}
}
