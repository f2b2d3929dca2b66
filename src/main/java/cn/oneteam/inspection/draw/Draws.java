package cn.oneteam.inspection.draw;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes draws and answers them (docs/adr/0026-the-draw.md): the seed is made at the moment of the draw, the draw is
 * stored once with the exact population text and recorded in the full-process record; it is never redone or changed.
 */
@Service
public class Draws {

	/** The public list shows at most this many draws, newest first. */
	static final int LIST_LIMIT = 500;

	private final DrawRepository repository;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Draws(DrawRepository repository, ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Draws the subjects of every stratum and, per drawn subject, its inspectors among the eligible after recusal;
	 * refuses (nothing stored) when any drawn subject has fewer eligible inspectors than needed, naming each.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public DrawViews.Made draw(DrawRequest request, ScopedPrincipal caller) {
		List<DrawEngine.Stratum> strata = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (DrawRequest.StratumInput input : request.strata()) {
			if (!names.add(input.stratum().strip())) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.stratum-twice", input.stratum());
			}
			if (new HashSet<>(input.subjectCodes()).size() != input.subjectCodes().size()) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.duplicate-candidate", input.stratum(), "");
			}
			strata.add(new DrawEngine.Stratum(input.stratum().strip(), DrawEngine.Codes.of(input.subjectCodes()),
					input.n()));
		}
		int k = request.inspectorsEach();
		Map<String, Set<String>> recused = new LinkedHashMap<>();
		for (DrawRequest.Recusal r : request.recusalsOrNone()) {
			recused.computeIfAbsent(r.subjectCode(), c -> new HashSet<>()).add(r.certificateNumber());
		}
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		String seed = DrawEngine.newSeed(random);
		List<DrawEngine.Drawn> drawn = DrawEngine.drawSubjects(seed, strata);

		List<DrawViews.DrawnSubject> subjects = new ArrayList<>();
		List<DrawShortfall.Short> shortfalls = new ArrayList<>();
		List<String> inspectors = request.inspectors().stream().map(String::strip).distinct().toList();
		for (DrawEngine.Drawn d : drawn) {
			for (String code : d.drawn()) {
				Set<String> out = recused.getOrDefault(code, Set.of());
				List<String> eligible = inspectors.stream().filter(c -> !out.contains(c)).toList();
				if (eligible.size() < k) {
					shortfalls.add(new DrawShortfall.Short(DrawEngine.shown(code), k, eligible.size()));
					continue;
				}
				subjects.add(new DrawViews.DrawnSubject(d.stratum(), code, eligible,
						DrawEngine.drawInspectors(seed, code, eligible, k)));
			}
		}
		if (!shortfalls.isEmpty()) {
			throw new DrawShortfall(shortfalls);
		}
		List<DrawViews.PublicStratum> published = drawn.stream()
			.map(d -> new DrawViews.PublicStratum(d.stratum(), d.size(), d.n(),
					d.drawn().stream().map(DrawEngine::shown).toList()))
			.toList();
		String population = DrawEngine.populationText(strata);
		String sha = DrawEngine.populationSha256(strata);
		long id = repository.insert(request.taskId(), request.name().strip(), request.reason().strip(), at, seed, sha, k,
				published, subjects, population, caller.accountId(), caller.organizationId());
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("name", request.name().strip());
		facts.put("reason", request.reason().strip());
		facts.put("taskId", request.taskId() == null ? "" : request.taskId());
		facts.put("seed", seed);
		facts.put("populationSha256", sha);
		facts.put("strata", published.stream().map(s -> s.stratum() + ":" + s.size() + ":" + s.n()).toList());
		facts.put("drawn", subjects.stream().map(s -> s.subjectCode() + "|" + String.join("|", s.inspectors())).toList());
		publisher.publishEvent(new DrawRecorded(id, caller.accountId(), at, facts));
		return new DrawViews.Made(published(id).published(), subjects);
	}

	/** The draws, newest first (public). */
	@Transactional(readOnly = true)
	public List<DrawViews.Summary> list() {
		return repository.list(LIST_LIMIT);
	}

	/** The draws of a task, newest first (public, as the list): for the task's page. */
	@Transactional(readOnly = true)
	public List<DrawViews.Summary> ofTask(long taskId) {
		return repository.ofTask(taskId);
	}

	/** A draw as published (public); 404 when there is none. */
	@Transactional(readOnly = true)
	public DrawViews.PublicDraw get(long id) {
		return published(id).published();
	}

	/** The real codes drawn with their inspectors: for the task that uses the draw. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public List<DrawViews.DrawnSubject> drawnSubjects(long id) {
		return published(id).subjects();
	}

	/** The exact population text whose SHA-256 is the draw's populationSha256 (public). */
	@Transactional(readOnly = true)
	public String population(long id) {
		return repository.population(id).orElseThrow(() -> notFound(id));
	}

	private DrawRepository.Stored published(long id) {
		return repository.find(id).orElseThrow(() -> notFound(id));
	}

	private static RuleViolation notFound(long id) {
		return new RuleViolation(RuleViolation.NOT_FOUND, "draw.not-found", id);
	}
}
