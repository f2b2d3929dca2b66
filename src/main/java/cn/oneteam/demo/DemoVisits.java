package cn.oneteam.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.imageio.ImageIO;

import cn.oneteam.credit.CreditClass;
import cn.oneteam.inspection.InspectionInputs;
import cn.oneteam.inspection.InspectionItem;
import cn.oneteam.inspection.InspectionItems;
import cn.oneteam.inspection.InspectionPlan;
import cn.oneteam.inspection.InspectionTask;
import cn.oneteam.inspection.InspectionTasks;
import cn.oneteam.inspection.ItemMethod;
import cn.oneteam.inspection.StratumRule;
import cn.oneteam.inspection.TaskPopulation;
import cn.oneteam.inspection.burden.BurdenFigures;
import cn.oneteam.inspection.burden.InspectionBurden;
import cn.oneteam.inspection.code.CodeViews;
import cn.oneteam.inspection.code.PublicCodeCheck;
import cn.oneteam.inspection.draw.TaskDraws;
import cn.oneteam.inspection.result.InspectionResults;
import cn.oneteam.inspection.result.ResultInputs;
import cn.oneteam.inspection.result.ResultViews;
import cn.oneteam.inspection.result.Verdict;
import cn.oneteam.inspection.targeted.TargetedInspection;
import cn.oneteam.inspection.targeted.TargetedInspections;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.inspection.visit.VisitOutcome;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's inspection story of this year, through the services only (docs/adr/0027-visits-and-codes.md to
 * docs/adr/0031-inspection-burden.md): a joint plan of 德令哈's market and ecology departments with one task each over
 * the demo licensees, windows from the first day of this month to the end of the next (kept inside the year), approved
 * by the head and drawn by each department's own officer among its own certified inspectors
 * (docs/adr/0032-inspectors-library-and-recusal.md), so that subjects drawn by both are one joint visit (综合查一次);
 * some visits recorded
 * by one of their inspectors with the code (no problem, one correction ordered), some published, one rated by the
 * company; and one targeted inspection on a complaint, approved by the head. Skipped when the plan of the year exists.
 */
@Component
@Profile("demo")
@Order(48) // after DemoInspectors (47): its inspectors' accounts draw and record here
class DemoVisits implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);

	static final String DIVISION = "632802";

	/**
	 * The demo accounts of the departments' certified inspectors (DemoInspectors; docs/adr/0027-visits-and-codes.md:
	 * the one recording a result holds the certificate of one of the visit's inspectors).
	 */
	static final List<String> INSPECTORS = List.of("dlh.market.inspector1", "dlh.market.inspector2",
			"dlh.ecology.inspector1", "dlh.ecology.inspector2");

	/** Who draws each department's task: an officer of that department. */
	private static final List<String> DRAWERS = List.of("dlh.market.inspector1", "dlh.ecology.inspector1");

	/** Inspectors drawn per subject and task (a joint visit has those of each task). */
	private static final int INSPECTORS_PER_SUBJECT = 4;

	private static final List<SubjectKind> ENTERPRISES = List.of(SubjectKind.LEGAL_PERSON,
			SubjectKind.OTHER_ORGANISATION, SubjectKind.INDIVIDUAL_BUSINESS);

	/** Subjects the credit demo uses (docs/adr/0022-credit-and-risk.md): no finding is recorded on them. */
	private static final String CREDIT_DEMO_NAMES = "餐饮有限公司";

	/**
	 * Both tasks draw this share of the same population — the holders of a 排污许可证 in {@link #TOWNSHIP} — with key
	 * items (no ratio cap): more than half each, so at least a fifth of the subjects are drawn by both and visited
	 * jointly whatever the draws.
	 */
	private static final BigDecimal SHARE = new BigDecimal("0.6");

	/** A township of 德令哈 with some 16 holders of a 排污许可证 among the demo licensees. */
	static final String TOWNSHIP = "632802200";

	private static final int RECORDED = 6;

	private static final int PUBLISHED = 4;

	static String planName(int year) {
		return "德令哈市" + year + "年度市场监管与生态环境部门联合双随机抽查计划（演示·本年）";
	}

	private final InspectionItems items;

	private final InspectionTasks tasks;

	private final TaskDraws draws;

	private final Visits visits;

	private final VisitCodes codes;

	private final InspectionResults results;

	private final PublicCodeCheck publicCodes;

	private final TargetedInspections targeted;

	private final InspectionBurden burden;

	private final Subjects subjects;

	private final Organizations organizations;

	private final UserDetailsService users;

	private final Clock clock;

	private final Map<String, UserDetails> signedIn = new HashMap<>();

	DemoVisits(InspectionItems items, InspectionTasks tasks, TaskDraws draws, Visits visits, VisitCodes codes,
			InspectionResults results, PublicCodeCheck publicCodes, TargetedInspections targeted,
			InspectionBurden burden, Subjects subjects, Organizations organizations, UserDetailsService users,
			Clock clock) {
		this.items = items;
		this.tasks = tasks;
		this.draws = draws;
		this.visits = visits;
		this.codes = codes;
		this.results = results;
		this.publicCodes = publicCodes;
		this.targeted = targeted;
		this.burden = burden;
		this.subjects = subjects;
		this.organizations = organizations;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		int year = today.getYear();
		if (as("dlh.market", m -> tasks.plans(m).stream().anyMatch(p -> p.name().equals(planName(year))))) {
			return;
		}
		long started = System.nanoTime();
		LocalDate from = today.withDayOfMonth(1);
		LocalDate next = from.plusMonths(2).minusDays(1);
		// the tasks' windows stay inside the plan's year (docs/adr/0025-inspection-items-and-plans.md)
		LocalDate until = next.getYear() == year ? next : LocalDate.of(year, 12, 31);
		long market = org("632802-scjg");
		long ecology = org("632802-sthj");
		List<Long> taskIds = plan(year, market, ecology, from, until);
		for (int t = 0; t < taskIds.size(); t++) {
			long taskId = taskIds.get(t);
			as(DRAWERS.get(t), o -> draws.draw(taskId, new TaskDraws.Input(year + " 年度联合双随机抽查（演示）",
					INSPECTORS_PER_SUBJECT, false), o));
		}
		Map<Long, Visit> byId = new LinkedHashMap<>();
		for (long taskId : taskIds) {
			as("dlh.head", h -> visits.ofTask(taskId, h)).forEach(v -> byId.putIfAbsent(v.id(), v));
		}
		List<Visit> planned = List.copyOf(byId.values());
		int[] made = record(planned, today);
		targeted(taskIds.get(0), byId, today, until);
		BurdenFigures figures = as("dlh.head", h -> burden.figures(year, DIVISION, h));
		long joint = planned.stream().filter(v -> v.departmentIds().size() > 1).count();
		log.info("Demo inspections of {} in {}: {} parts planned, {} visits, {} saved by merging, {} joint, {} recorded "
				+ "({} with a problem), {} published, {} targeted, per department {} in {} ms", year, DIVISION,
				figures.parts(), figures.visits(), figures.savedByMerging(), joint, figures.recorded(),
				figures.foundProblem(), made[1],
				figures.targeted(), figures.byDepartment().stream().map(d -> d.department() + " " + d.visits()).toList(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The plan of the year, a task per department with a key item, approved by the head; the tasks' ids. */
	private List<Long> plan(int year, long market, long ecology, LocalDate from, LocalDate until) {
		return as("dlh.market", m -> {
			InspectionItem food = published(m, market, "食品经营者经营条件检查");
			InspectionItem waste = published(m, ecology, "危险废物规范化管理检查");
			InspectionPlan plan = tasks.createPlan(new InspectionInputs.Plan(market, year, planName(year), market,
					List.of(market, ecology)), m);
			List<StratumRule> strata = List.of(new StratumRule(CreditClass.A, SHARE, null),
					new StratumRule(CreditClass.B, SHARE, null), new StratumRule(CreditClass.C, SHARE, null),
					new StratumRule(CreditClass.D, SHARE, null));
			List<String> issuers = List.of(DemoLicences.ECOLOGY_CODE);
			InspectionTask first = tasks.createTask(plan.id(), new InspectionInputs.Task("排污单位附设食品经营场所抽查（演示）",
					List.of(market), List.of(food.id()), ENTERPRISES, TOWNSHIP, issuers, strata, from, until, null, null),
					m);
			InspectionTask second = tasks.createTask(plan.id(), new InspectionInputs.Task("危险废物规范化管理抽查（演示）",
					List.of(ecology), List.of(waste.id()), ENTERPRISES, TOWNSHIP, issuers, strata, from, until, null,
					null), m);
			as("dlh.head", h -> {
				tasks.approve(first.id(), h);
				return tasks.approve(second.id(), h);
			});
			return List.of(first.id(), second.id());
		});
	}

	private InspectionItem published(ScopedPrincipal caller, long department, String name) {
		return items.list(caller)
			.stream()
			.filter(i -> i.departmentId() == department && i.name().equals(name) && i.publishedAt() != null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no published demo item " + name));
	}

	/**
	 * Records the first visits one of the demo accounts inspects, with the code and dated today: the first (not a
	 * credit-demo company) with a correction ordered, the others without problem; publishes some and the company rates
	 * one. How many were recorded and published.
	 */
	private int[] record(List<Visit> planned, LocalDate today) {
		byte[] signature = signature();
		int recorded = 0;
		int published = 0;
		boolean correction = false;
		boolean rated = false;
		for (Visit visit : planned) {
			if (recorded == RECORDED) {
				break;
			}
			String inspector = inspectorOf(visit);
			if (inspector == null) {
				continue;
			}
			boolean creditDemo = as(inspector, i -> subjects.byId(visit.subjectId(), i)).name().contains(CREDIT_DEMO_NAMES);
			boolean fail = !correction && !creditDemo;
			ResultViews.Result done = as(inspector, i -> {
				ResultViews.Result result = results.result(visit.id(), i);
				List<ResultInputs.Answer> answers = new ArrayList<>();
				for (int n = 0; n < result.items().size(); n++) {
					ResultViews.ChecklistItem item = result.items().get(n);
					answers.add(new ResultInputs.Answer(item.itemId(), fail && n == 0 ? Verdict.FAIL : Verdict.PASS,
							fail && n == 0 ? "从业人员健康证明过期 2 份（演示）" : null));
				}
				return results.record(visit.id(), new ResultInputs.Result(visit.code(), today, answers,
						new ResultInputs.Location(new BigDecimal("37.3700"), new BigDecimal("97.3600"), new BigDecimal("15")),
						"data:image/png;base64," + Base64.getEncoder().encodeToString(signature),
						fail ? VisitOutcome.CORRECTION_ORDERED : VisitOutcome.NO_PROBLEM,
						fail ? new ResultInputs.Correction(today.plusDays(14), "补办从业人员健康证明并留存备查（演示）") : null, null), i);
			});
			correction |= fail;
			recorded++;
			if (published < PUBLISHED) {
				as(inspector, i -> results.publish(visit.id(), i));
				published++;
				if (!rated) {
					// the company rates with the secret printed on its copy of the result
					publicCodes.rate(visit.code(), new CodeViews.RatingInput(5, List.of(), "检查人员出示执法证，规范文明（演示）",
							done.ratingSecret()));
					rated = true;
				}
			}
		}
		return new int[] { recorded, published };
	}

	/** The first demo account whose certificate is among the visit's inspectors, or null. */
	private String inspectorOf(Visit visit) {
		for (String account : INSPECTORS) {
			boolean reads = signedIn.computeIfAbsent(account, users::loadUserByUsername)
				.getAuthorities()
				.stream()
				.anyMatch(a -> "case:read".equals(a.getAuthority()));
			if (!reads) {
				continue;
			}
			Set<String> certificates = as(account, codes::certificatesOf);
			if (certificates.stream().anyMatch(visit.inspectors()::contains)) {
				return account;
			}
		}
		return null;
	}

	/**
	 * A targeted inspection on a complaint: a subject of the market task's population not drawn (if any), the enforcement
	 * bureau's item, dlh.officer1 and dlh.officer2 as inspectors, asked by dlh.officer1 and approved by dlh.head.
	 */
	private void targeted(long taskId, Map<Long, Visit> planned, LocalDate today, LocalDate until) {
		Set<Long> drawn = new java.util.HashSet<>();
		planned.values().forEach(v -> drawn.add(v.subjectId()));
		TaskPopulation population = tasks.population(taskId);
		List<Long> candidates = population.strata()
			.stream()
			.flatMap(s -> s.candidates().stream())
			.map(TaskPopulation.Candidate::subjectId)
			.toList();
		long subject = candidates.stream().filter(id -> !drawn.contains(id)).findFirst().orElse(candidates.get(0));
		long bureau = org("632802-zhzf");
		TargetedInspection asked = as("dlh.officer1", o -> {
			InspectionItem item = items.create(new InspectionInputs.Item(bureau, "投诉举报核查（演示）",
					"《市场监督管理投诉举报处理暂行办法》第三十一条（演示）", ENTERPRISES, "投诉举报反映的经营行为、现场状况与相关记录",
					ItemMethod.ON_SITE, false), o);
			items.publish(item.id(), o);
			List<String> inspectors = new ArrayList<>();
			inspectors.add(codes.certificatesOf(o).iterator().next());
			inspectors.add(as("dlh.officer2", codes::certificatesOf).iterator().next());
			LocalDate end = today.plusDays(14).getYear() == today.getYear() ? today.plusDays(14) : until;
			return targeted.request(new TargetedInspections.Input(subject, bureau, List.of(item.id()),
					InspectionTrigger.COMPLAINT, "12345 热线投诉：销售过期食品（演示）", today, end, inspectors), o);
		});
		as("dlh.head", h -> targeted.approve(asked.id(), h));
	}

	private long org(String code) {
		return organizations.findByCode(code).orElseThrow().id().value();
	}

	private <T> T as(String username, Function<ScopedPrincipal, T> work) {
		return SignedIn.as(signedIn.computeIfAbsent(username, users::loadUserByUsername), work);
	}

	/** The subject's signature: a small stroke on white, as the phone's canvas sends it. */
	private static byte[] signature() {
		BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(java.awt.Color.WHITE);
		graphics.fillRect(0, 0, 120, 40);
		graphics.setColor(java.awt.Color.BLACK);
		graphics.drawLine(10, 30, 110, 10);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
