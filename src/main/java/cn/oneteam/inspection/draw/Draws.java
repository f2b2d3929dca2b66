package cn.oneteam.inspection.draw;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
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
		return draw(request, drawn -> List.of(), caller);
	}

	/**
	 * Recusals known only once the subjects are drawn (the officers of a drawn subject's last case or last inspection:
	 * docs/adr/0032-inspectors-library-and-recusal.md): given the real codes drawn, the pairs to add.
	 */
	@FunctionalInterface
	public interface LaterRecusals {

		List<DrawRequest.Recusal> of(List<String> drawnCodes);
	}

	/**
	 * {@link #draw(DrawRequest, ScopedPrincipal)} with recusals asked for the drawn subjects only, after the subjects
	 * are drawn and before their inspectors are.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public DrawViews.Made draw(DrawRequest request, LaterRecusals later, ScopedPrincipal caller) {
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
		List<Group> groups = groups(request);
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		String seed = DrawEngine.newSeed(random);
		List<DrawEngine.Drawn> drawn = DrawEngine.drawSubjects(seed, strata);

		List<DrawRequest.Recusal> recusals = new ArrayList<>(request.recusalsOrNone());
		recusals.addAll(later.of(drawn.stream().flatMap(d -> d.drawn().stream()).toList()));
		Map<String, Map<String, DrawRequest.Recusal>> recused = new LinkedHashMap<>();
		for (DrawRequest.Recusal r : recusals) {
			recused.computeIfAbsent(r.subjectCode(), c -> new LinkedHashMap<>()).putIfAbsent(r.certificateNumber(), r);
		}
		List<DrawViews.DrawnSubject> subjects = new ArrayList<>();
		List<DrawShortfall.Short> shortfalls = new ArrayList<>();
		for (DrawEngine.Drawn d : drawn) {
			for (String code : d.drawn()) {
				Map<String, DrawRequest.Recusal> out = recused.getOrDefault(code, Map.of());
				List<DrawViews.GroupDrawn> drawnGroups = new ArrayList<>();
				List<String> eligibleAll = new ArrayList<>();
				List<String> chosenAll = new ArrayList<>();
				List<DrawRequest.Recusal> applied = new ArrayList<>();
				boolean shortHere = false;
				for (Group g : groups) {
					List<String> eligible = g.inspectors().stream().filter(c -> !out.containsKey(c)).toList();
					g.inspectors().stream().filter(out::containsKey).forEach(c -> applied.add(out.get(c)));
					if (eligible.size() < g.k()) {
						shortfalls.add(new DrawShortfall.Short(DrawEngine.shown(code), request.grouped() ? g.name() : null,
								g.departmentId(), g.k(), eligible.size()));
						shortHere = true;
						continue;
					}
					List<String> chosen = DrawEngine.drawInspectors(seed, code, eligible, g.k());
					drawnGroups.add(new DrawViews.GroupDrawn(g.name(), g.departmentId(), g.k(), eligible, chosen,
							g.tag()));
					eligibleAll.addAll(eligible);
					chosenAll.addAll(chosen);
				}
				if (!shortHere) {
					subjects.add(new DrawViews.DrawnSubject(d.stratum(), code, eligibleAll, chosenAll,
							request.grouped() ? drawnGroups : List.of(), applied));
				}
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
		int k = groups.stream().mapToInt(Group::k).sum();
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
		if (request.grouped()) {
			facts.put("groups", groups.stream()
				.map(g -> g.name() + ":" + g.k() + ":" + g.inspectors().size() + (g.tag() == null ? "" : ":" + g.tag()))
				.toList());
		}
		List<String> recusedFacts = subjects.stream()
			.flatMap(s -> s.recused().stream()
				.map(r -> s.subjectCode() + "|" + r.certificateNumber() + "|" + (r.reason() == null ? "" : r.reason())))
			.toList();
		if (!recusedFacts.isEmpty()) {
			facts.put("recused", recusedFacts);
		}
		publisher.publishEvent(new DrawRecorded(id, caller.accountId(), at, facts));
		return new DrawViews.Made(published(id).published(), subjects);
	}

	/** One group to draw from: its name, department, distinct certificate numbers and k. */
	private record Group(String name, @Nullable Long departmentId, List<String> inspectors, int k, @Nullable String tag) {
	}

	/**
	 * The groups of a request: the given ones (each name once, a certificate in one group only), or one unnamed group of
	 * the request's inspectors with inspectorsPerSubject.
	 */
	private static List<Group> groups(DrawRequest request) {
		List<Group> groups = given(request);
		int total = 0;
		for (Group g : groups) {
			if (g.k() < 1) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.inspectors-per-group", g.name(), g.k());
			}
			total += g.k();
		}
		if (request.taskId() != null && total < TASK_INSPECTORS) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.inspectors-too-few", total, TASK_INSPECTORS);
		}
		return groups;
	}

	/**
	 * A task's draw gives each subject at least two certified inspectors (docs/adr/0026-the-draw.md,
	 * docs/legal/inspections.md); every group draws at least one.
	 */
	static final int TASK_INSPECTORS = 2;

	private static List<Group> given(DrawRequest request) {
		if (!request.grouped()) {
			if (request.inspectors() == null) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.no-inspectors");
			}
			return List.of(new Group("", null, request.inspectors().stream().map(String::strip).distinct().toList(),
					request.inspectorsEach(), null));
		}
		if (request.inspectors() != null && !request.inspectors().isEmpty()) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.groups-and-inspectors");
		}
		List<Group> groups = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Map<String, String> groupOf = new HashMap<>();
		for (DrawRequest.InspectorGroup g : request.groups()) {
			String name = g.group().strip();
			if (!names.add(name)) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.group-twice", name);
			}
			List<String> inspectors = g.inspectors().stream().map(String::strip).distinct().toList();
			for (String c : inspectors) {
				String other = groupOf.putIfAbsent(c, name);
				if (other != null) {
					throw new RuleViolation(RuleViolation.BAD_REQUEST, "draw.inspector-in-two-groups", c, other, name);
				}
			}
			groups.add(new Group(name, g.departmentId(), inspectors, g.k() == null ? request.inspectorsEach() : g.k(),
					g.tag()));
		}
		return List.copyOf(groups);
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
