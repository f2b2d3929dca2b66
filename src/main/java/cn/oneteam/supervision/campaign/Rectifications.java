package cn.oneteam.supervision.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.PlainText;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.shared.Spooled;
import cn.oneteam.supervision.campaign.Rectification.Answer;
import cn.oneteam.supervision.campaign.Rectification.NewRectification;
import cn.oneteam.supervision.campaign.Rectification.State;
import cn.oneteam.supervision.campaign.RectificationRepository.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * 整改 (docs/adr/0035-review-campaigns-and-rectification.md): a supervisor (supervision:review) opens a task for a body
 * of the jurisdiction with a due day; the body (its head or its case-handling staff) answers with what was done and
 * its evidence; the supervisor closes it — never without evidence — or reopens it with a new due day. A supervisor sees
 * the tasks of the bodies of the jurisdiction, a body its own; every step is in the task's full-process record.
 */
@Service
public class Rectifications {

	private static final java.util.Set<cn.oneteam.organization.OrganizationKind> BODIES = java.util.Set.of(
			cn.oneteam.organization.OrganizationKind.ENFORCEMENT_BUREAU,
			cn.oneteam.organization.OrganizationKind.TOWNSHIP_GOVERNMENT,
			cn.oneteam.organization.OrganizationKind.DEPARTMENT);

	private static final Path SPOOL = Path.of(System.getProperty("java.io.tmpdir"), "oneteam-rectification-evidence");

	private final RectificationRepository repository;

	private final Organizations organizations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final long maxBytes;

	Rectifications(RectificationRepository repository, Organizations organizations,
			ApplicationEventPublisher publisher, Clock clock,
			@Value("${oneteam.supervision.rectification.evidence-max-size:1MB}") DataSize maxSize) {
		this.repository = repository;
		this.organizations = organizations;
		this.publisher = publisher;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
	}

	/** An evidence file as received: its name, its declared type and its bytes. */
	public record EvidenceFile(String fileName, @Nullable String contentType, InputStream bytes) {
	}

	/**
	 * Opens a task for a body within the caller's jurisdiction (400 {@code supervision.rectification-body-unknown}
	 * otherwise) that enforces — a bureau, township or department, as {@link #bodies} offers (400
	 * {@code supervision.rectification-not-a-body} otherwise) — due on a day not past (400
	 * {@code supervision.rectification-due-past}).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Rectification open(NewRectification r, ScopedPrincipal caller) {
		if (r.bodyId() == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-input", "bodyId");
		}
		Organization body = organizations.find(new OrganizationId(r.bodyId()))
			.filter(o -> caller.jurisdiction().covers(o.seat()))
			.orElseThrow(() -> new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-body-unknown",
					r.bodyId()));
		if (!BODIES.contains(body.kind())) { // the 司法局 itself, a non-enforcing organisation: nobody would answer
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-not-a-body", body.name());
		}
		if (r.source() == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-input", "source");
		}
		String ref = required(r.sourceRef(), "sourceRef", 200);
		String title = required(r.title(), "title", 300);
		LocalDate due = dueOn(r.dueOn());
		OffsetDateTime at = now();
		long id = repository.insert(body.id().value(), body.seat().value(), r.source(), ref, title, due,
				caller.accountId(), caller.organizationId(), at);
		record(id, "opened", caller, at, Map.of("bodyId", body.id().value(), "source", r.source().name(),
				"sourceRef", ref, "title", title, "dueOn", due.toString()));
		return rectification(id, caller);
	}

	/** A body a task may be opened for: within the caller's jurisdiction, by name. */
	public record Body(long id, String name) {
	}

	/** The enforcement bodies (bureaux, townships, departments) seated within the caller's jurisdiction. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('supervision:review')")
	public List<Body> bodies(ScopedPrincipal caller) {
		return organizations.visibleIn(caller.jurisdiction()).stream()
			.filter(o -> BODIES.contains(o.kind()) && caller.jurisdiction().covers(o.seat()))
			.map(o -> new Body(o.id().value(), o.name()))
			.sorted(java.util.Comparator.comparing(Body::name))
			.toList();
	}

	/** A supervisor: the tasks of the bodies of the jurisdiction; anyone else: the tasks of the caller's body. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:review', 'case:handle', 'case:approve')")
	public List<Rectification> list(ScopedPrincipal caller) {
		Map<Long, String> names = new HashMap<>();
		LocalDate today = today();
		List<Row> rows = repository.list(supervisor() ? caller.jurisdiction() : null, caller.organizationId());
		Map<Long, List<Answer>> answers = repository.answersOf(rows.stream().map(Row::id).toList());
		return rows.stream().map(r -> view(r, answers.getOrDefault(r.id(), List.of()), today, names)).toList();
	}

	/** One task; 404 {@code supervision.rectification-unknown} when the caller may not see it. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:review', 'case:handle', 'case:approve')")
	public Rectification rectification(long id, ScopedPrincipal caller) {
		Row r = visible(id, false, caller);
		return view(r, repository.answers(r.id()), today(), new HashMap<>());
	}

	/**
	 * The body's answer (its own staff: 403 {@code supervision.rectification-not-body} otherwise), while the task is
	 * open or answered: what was done, and evidence — a description and a file together (400
	 * {@code supervision.rectification-evidence-description} for a file without a description).
	 */
	@Transactional
	@PreAuthorize("hasAnyAuthority('case:handle', 'case:approve')")
	public Rectification answer(long id, @Nullable String whatWasDone, @Nullable String evidenceDescription,
			@Nullable EvidenceFile file, ScopedPrincipal caller) {
		Row row = visible(id, true, caller);
		if (row.bodyId() != caller.organizationId()) {
			throw new RuleViolation(RuleViolation.FORBIDDEN, "supervision.rectification-not-body");
		}
		if (row.state() == State.CLOSED) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.rectification-out-of-order", "answer",
					row.state().name());
		}
		String done = required(whatWasDone, "whatWasDone", 2000);
		String description = evidenceDescription == null || evidenceDescription.isBlank() ? null
				: evidenceDescription.strip();
		if (description != null && description.length() > 1000) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-input", "evidenceDescription");
		}
		OffsetDateTime at = now();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("whatWasDone", done);
		long answerId;
		if (file == null) {
			answerId = repository.insertAnswer(id, done, description, null, null, null, null, null,
					caller.accountId(), at);
		}
		else {
			if (description == null) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-evidence-description");
			}
			String name = fileName(file.fileName());
			Received received = receive(file.bytes());
			String type = file.contentType() != null && file.contentType().matches("[a-zA-Z0-9.+-]{1,50}/[a-zA-Z0-9.+-]{1,49}")
					? file.contentType() : "application/octet-stream";
			answerId = repository.insertAnswer(id, done, description, name, type, (long) received.bytes().length,
					received.sha256(), received.bytes(), caller.accountId(), at);
			facts.put("evidenceDescription", description);
			facts.put("fileName", name);
			facts.put("sha256", received.sha256());
			facts.put("size", received.bytes().length);
		}
		facts.put("answer", answerId);
		repository.state(id, State.ANSWERED);
		record(id, "answered", caller, at, facts);
		return rectification(id, caller);
	}

	/**
	 * The supervisor closes an answered task (409 {@code supervision.rectification-out-of-order} otherwise) whose
	 * latest answer carries evidence — 422 {@code supervision.rectification-no-evidence} without it.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Rectification close(long id, @Nullable String note, ScopedPrincipal caller) {
		Row row = supervised(id, caller);
		if (row.state() != State.ANSWERED) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.rectification-out-of-order", "close",
					row.state().name());
		}
		List<Answer> answers = repository.answers(id);
		if (answers.isEmpty() || !answers.get(0).hasEvidence()) {
			throw new RuleViolation(RuleViolation.UNPROCESSABLE, "supervision.rectification-no-evidence");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 1000) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-input", "note");
		}
		LocalDate today = today();
		repository.close(id, today, text);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("answer", answers.get(0).id());
		facts.put("sha256", String.valueOf(answers.get(0).sha256()));
		facts.put("late", answers.get(0).answeredAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate()
			.isAfter(row.dueOn()));
		if (text != null) {
			facts.put("note", text);
		}
		record(id, "closed", caller, now(), facts);
		return rectification(id, caller);
	}

	/** Follow-up: the supervisor reopens an answered or closed task with a reason and a new due day. */
	@Transactional
	@PreAuthorize("hasAuthority('supervision:review')")
	public Rectification reopen(long id, @Nullable String reason, @Nullable LocalDate dueOn, ScopedPrincipal caller) {
		Row row = supervised(id, caller);
		if (row.state() == State.OPEN) {
			throw new RuleViolation(RuleViolation.CONFLICT, "supervision.rectification-out-of-order", "reopen",
					row.state().name());
		}
		String why = required(reason, "reason", 1000);
		LocalDate due = dueOn(dueOn);
		repository.reopen(id, due);
		record(id, "reopened", caller, now(), Map.of("reason", why, "dueOn", due.toString(),
				"from", row.state().name()));
		return rectification(id, caller);
	}

	/** An answer's evidence file, for whoever may see the task. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('supervision:review', 'case:handle', 'case:approve')")
	public RectificationRepository.File evidence(long id, long answerId, ScopedPrincipal caller) {
		visible(id, false, caller);
		return repository.file(id, answerId)
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.rectification-unknown"));
	}

	private Row supervised(long id, ScopedPrincipal caller) {
		Row row = visible(id, true, caller);
		if (!caller.jurisdiction().covers(cn.oneteam.shared.DivisionCode.of(row.bodySeat()))) {
			throw new RuleViolation(RuleViolation.NOT_FOUND, "supervision.rectification-unknown");
		}
		return row;
	}

	private Row visible(long id, boolean lock, ScopedPrincipal caller) {
		return repository.find(id, lock)
			.filter(r -> r.bodyId() == caller.organizationId()
					|| supervisor() && caller.jurisdiction().covers(cn.oneteam.shared.DivisionCode.of(r.bodySeat())))
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.rectification-unknown"));
	}

	private static boolean supervisor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> "supervision:review".equals(a.getAuthority()));
	}

	/** Open after the due day, or answered (the latest answer) after it; a closed task is never overdue. */
	static boolean overdue(State state, LocalDate dueOn, @Nullable LocalDate lastAnswer, LocalDate today) {
		return switch (state) {
			case OPEN -> today.isAfter(dueOn);
			case ANSWERED -> lastAnswer != null && lastAnswer.isAfter(dueOn);
			case CLOSED -> false;
		};
	}

	private Rectification view(Row r, List<Answer> answers, LocalDate today, Map<Long, String> names) {
		LocalDate last = answers.isEmpty() ? null
				: answers.get(0).answeredAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
		String body = names.computeIfAbsent(r.bodyId(),
				b -> organizations.find(new OrganizationId(b)).map(Organization::name).orElse(String.valueOf(b)));
		return new Rectification(r.id(), r.bodyId(), body, r.source(), r.sourceRef(), r.title(), r.dueOn(), r.state(),
				overdue(r.state(), r.dueOn(), last, today), r.openedAt(), r.closedOn(), r.closeNote(), r.reopened(),
				answers);
	}

	private record Received(byte[] bytes, String sha256) {
	}

	private Received receive(InputStream content) {
		Spooled spooled = null;
		try {
			spooled = Spooled.receive(content, SPOOL, maxBytes,
					limit -> new RuleViolation(RuleViolation.CONTENT_TOO_LARGE, "supervision.rectification-file-too-large",
							limit / 1024));
			if (spooled.size() == 0) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-input", "file");
			}
			return new Received(Files.readAllBytes(spooled.file()), spooled.sha256());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (spooled != null) {
				try {
					Files.deleteIfExists(spooled.file());
				}
				catch (IOException e) {
					// a temporary file left behind is removed with the temporary directory
				}
			}
		}
	}

	private static String fileName(@Nullable String name) {
		String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		if (base.isEmpty() || base.length() > 255 || PlainText.firstInvalidInLine(base) >= 0) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-input", "file");
		}
		return base;
	}

	private LocalDate dueOn(@Nullable LocalDate due) {
		if (due == null) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-input", "dueOn");
		}
		if (due.isBefore(today())) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-due-past", due);
		}
		return due;
	}

	private void record(long id, String action, ScopedPrincipal caller, OffsetDateTime at, Map<String, Object> facts) {
		publisher.publishEvent(new StepRecorded(StepRecorded.RECTIFICATION, id, action, caller.accountId(), at, facts));
	}

	private static String required(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.rectification-input", field);
		}
		return value.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE));
	}
}
