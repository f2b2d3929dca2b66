package cn.oneteam.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseDocuments;
import cn.oneteam.casehandling.CaseInputs.Closing;
import cn.oneteam.casehandling.CaseInputs.CollectiveDiscussion;
import cn.oneteam.casehandling.CaseInputs.DeclineFiling;
import cn.oneteam.casehandling.CaseInputs.Decision;
import cn.oneteam.casehandling.CaseInputs.Extension;
import cn.oneteam.casehandling.CaseInputs.FileCase;
import cn.oneteam.casehandling.CaseInputs.HearingRecord;
import cn.oneteam.casehandling.CaseInputs.HearingRequest;
import cn.oneteam.casehandling.CaseInputs.HearingSchedule;
import cn.oneteam.casehandling.CaseInputs.Investigation;
import cn.oneteam.casehandling.CaseInputs.InvestigationKind;
import cn.oneteam.casehandling.CaseInputs.NewClue;
import cn.oneteam.casehandling.CaseInputs.Note;
import cn.oneteam.casehandling.CaseInputs.Notice;
import cn.oneteam.casehandling.CaseInputs.Publication;
import cn.oneteam.casehandling.CaseInputs.Report;
import cn.oneteam.casehandling.CaseInputs.Review;
import cn.oneteam.casehandling.CaseInputs.ReviewOpinion;
import cn.oneteam.casehandling.CaseInputs.Service;
import cn.oneteam.casehandling.ClueSource;
import cn.oneteam.casehandling.ExecutionInputs.CourtApplication;
import cn.oneteam.casehandling.ExecutionInputs.Deferral;
import cn.oneteam.casehandling.ExecutionInputs.Demand;
import cn.oneteam.casehandling.ExecutionInputs.EnforcementSuspension;
import cn.oneteam.casehandling.ExecutionInputs.Instalment;
import cn.oneteam.casehandling.ExecutionInputs.Payment;
import cn.oneteam.casehandling.CaseInputs.ServiceMethod;
import cn.oneteam.casehandling.CaseInputs.Statement;
import cn.oneteam.casehandling.CaseInputs.Waiver;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.CaseWork;
import cn.oneteam.casehandling.Cases;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.MeasureInputs.Suspension;
import cn.oneteam.casehandling.MeasureInputs.SuspensionGround;
import cn.oneteam.casehandling.MeasureInputs.Transfer;
import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import cn.oneteam.casehandling.MeasureInputs.TransferSent;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 普通程序演示案件: general-procedure cases of the 德令哈 and 格尔木 bureaus in every stage, and one of the empowered
 * 河西街道 from clue to decision, taken through the real procedure by the demo accounts themselves — the officer acts, the squad head and the head approve through their
 * chains, the legal reviewer reviews, the head records the collective discussion — so that every statutory check runs
 * and every step is in the cases' full-process records. Dates count back in working days from today: clues due soon,
 * a decision period overdue (处罚法 §60), an investigation suspended (市监 §46), a suspected crime transferred
 * (国务院令第310号) and a clue transferred to the market regulator (市监 §17), hearings requested, scheduled and held
 * (处罚法 §64), fines due (§67), cases closing (市监 §77) and closed; a scan then raises the alerts. Idempotent: nothing is added when general cases exist.
 */
@Component
@Profile("demo")
@Order(34)
class DemoProcedure implements DemoStep {


	/** Calendar days between filing and today in the case whose 90-day decision period (处罚法 §60) is overdue. */
	private static final int OVERDUE_FILED_DAYS_AGO = 100;

	/** The department a 德令哈 case is transferred to, whose staff read it (docs/adr/0009-who-may-do-what.md). */
	static final String MARKET = "632802-scjg";

	private static final Logger log = LoggerFactory.getLogger(DemoProcedure.class);

	private final CaseProcedure procedure;

	private final CaseWork work;

	private final Cases cases;

	private final UserDetailsService users;

	private final Accounts accounts;

	private final Officers officers;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final CaseDocuments documents;

	private final Organizations organizations;

	private final DemoParties parties;

	DemoProcedure(CaseProcedure procedure, CaseWork work, Cases cases, UserDetailsService users, Accounts accounts,
			Officers officers, WorkingDayCalendar calendar, Clock clock, CaseDocuments documents,
			Organizations organizations, DemoParties parties) {
		this.parties = parties;
		this.documents = documents;
		this.organizations = organizations;
		this.procedure = procedure;
		this.work = work;
		this.cases = cases;
		this.users = users;
		this.accounts = accounts;
		this.officers = officers;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (SystemActor.call(() -> cases.inScope(JurisdictionScope.of(List.of(DemoData.HAIXI)))).stream()
			.anyMatch(c -> c.procedure() == PenaltyCase.Procedure.GENERAL)) {
			return;
		}
		List<String> missing = List.of("dlh", "grm", "hexi").stream()
			.flatMap(prefix -> List.of("officer1", "officer2", "squad", "head", "legal").stream()
				.map(role -> prefix + "." + role))
			.filter(username -> accounts.idOf(username).flatMap(officers::personOfAccount).isEmpty())
			.toList();
		if (!missing.isEmpty()) {
			log.info("Demo general-procedure cases skipped: {} not people of the demo force (data of an older demo)",
					missing);
			return;
		}
		long started = System.nanoTime();
		Run run = new Run();
		run.seed();
		CaseWork.Scan scan = work.scan();
		log.info("Demo general-procedure cases: {} cases, {} actions, approvals and documents, {} alerts, in {} ms", run.stories,
				run.actions, scan.raised(), (System.nanoTime() - started) / 1_000_000);
	}

	/** One seeding: the anchor day, the bodies, the signed-in demo accounts, and what was done. */
	private final class Run {

		/** The last working day on or before today: every story ends on it or before. */
		private final LocalDate anchor;

		private final Map<LocalDate, Boolean> workingDays = new HashMap<>();

		private final Map<String, UserDetails> signedIn = new HashMap<>();

		private final Body delingha = body("dlh");

		private final Body golmud = body("grm");

		private final Body hexi = body("hexi");

		private int stories;

		private int actions;

		Run() {
			LocalDate day = LocalDate.now(clock);
			while (!workingDay(day)) {
				day = day.minusDays(1);
			}
			this.anchor = day;
		}

		void seed() {
			Body d = delingha;
			// 线索: verification due soon (市监 §18), fresh, filing awaiting the squad head, verification extended
			story(d, 13, "HX-CG-009", "632802003", PartyKind.INDIVIDUAL_BUSINESS, "（演示）德令哈市火车站街道某烧烤摊",
					"在当地人民政府划定的禁止区域内露天烧烤食品，周边居民投诉烟尘扰民", "COMPLAINT", 0);
			story(d, 2, "HX-CG-020", "632802001", PartyKind.ORGANISATION, "（演示）德令哈市某广告传媒有限公司",
					"未经批准在长江路人行天桥栏杆上设置广告牌", "INSPECTION", 0);
			story(d, 4, "HX-CG-013", "632802002", PartyKind.ORGANISATION, "（演示）德令哈市某运输有限公司",
					"运输渣土车辆未采取密闭措施，沿柴达木东路遗撒渣土约200米", "INSPECTION", 0).awaiting().filed();
			story(d, 14, "HX-CG-011", "632802102", PartyKind.ORGANISATION, "（演示）德令哈市某再生资源回收站",
					"在柯鲁柯镇人口集中区域焚烧废旧轮胎、塑料，产生大量黑烟", "GRID", 0).extended();
			// 调查取证: recent, a month in, and one filed 100 days ago whose decision period has run out (处罚法 §60)
			story(d, 8, "HX-CG-018", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某管道工程有限公司",
					"未经批准擅自挖掘火车站街道人行道铺设管线", "INSPECTION", 0).filed().investigated();
			story(d, 30, "HX-CG-016", "632802001", PartyKind.ORGANISATION, "（演示）德令哈市某房地产开发有限公司",
					"对超过三个月不能开工的建设用地裸露地面未进行绿化、铺装或者遮盖", "INSPECTION", 0).filed().investigated();
			new Story(d, workingDaysBefore(filedOnOrBefore(), 2), "HX-CG-015", "632802002", PartyKind.ORGANISATION,
					"（演示）德令哈市某建筑工程有限公司", "工地建筑土方、工程渣土未及时清运，也未采用密闭式防尘网遮盖",
					"INSPECTION", 0).filed().investigated();
			// 中止调查 with the party not found (市监 §46), and a suspected crime sent to the police (国务院令第310号 §5)
			story(d, 20, "HX-CG-019", "632802002", PartyKind.NATURAL_PERSON, "（演示）刘某某",
					"擅自在城市道路上搭建简易房屋用于经营", "GRID", 0).filed().investigated().suspended();
			story(d, 10, "HX-CG-001", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某环卫服务有限公司",
					"将收运的生活垃圾约300吨倾倒于巴音河沿岸荒地，涉嫌污染环境罪", "COMPLAINT", 0).filed().investigated()
				.transferred();
			// a clue that belongs to the market regulator, transferred to it on the platform and sent (市监 §17): its staff
			// (dlh.market) read this case and no other (docs/adr/0009-who-may-do-what.md)
			story(d, 6, "HX-CG-009", "632802001", PartyKind.INDIVIDUAL_BUSINESS, "（演示）德令哈市河西街道某熟食摊",
					"夜市摊点露天烧烤并销售自制熟食，核查发现未办理食品经营备案，主要违法行为属食品经营监管事项", "COMPLAINT", 0)
				.transferredTo(MARKET, "德令哈市市场监督管理局");
			// 审核: case review, and a legal review that the catalogue requires, due soon (市监 §55)
			story(d, 9, "HX-CG-022", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某市政工程有限公司",
					"占用城市道路期满后未及时清理现场，遗留砂石、废料", "INSPECTION", 5000).filed().investigated().reported(false);
			story(d, 15, "HX-CG-014", "632802001", PartyKind.ORGANISATION, "（演示）德令哈市某建设集团有限公司",
					"施工工地未设置硬质围挡，未采取覆盖、洒水抑尘等有效防尘降尘措施", "INSPECTION", 50000).filed()
				.investigated().reported(true);
			// 负责人审批: awaiting the head, and reviewed yesterday
			story(d, 12, "HX-CG-010", "632802101", PartyKind.NATURAL_PERSON, "（演示）李某某",
					"在怀头他拉镇居民区露天焚烧秸秆、落叶，产生烟尘污染", "GRID", 800).filed().investigated().reported(false)
				.reviewed().awaiting().proposed();
			story(d, 10, "HX-CG-021", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某通信工程有限公司",
					"在城市道路施工现场未设置明显标志和安全防围设施", "INSPECTION", 3000).filed().investigated().reported(false)
				.reviewed();
			// 事先告知: the response period running, and answered (处罚法 §44, §45)
			story(d, 14, "HX-CG-009", "632802001", PartyKind.INDIVIDUAL_BUSINESS, "（演示）德令哈市某餐饮店",
					"在禁止时段于店外人行道露天烧烤食品", "INSPECTION", 1500).toNotice(false);
			story(d, 17, "HX-CG-012", "632802002", PartyKind.NATURAL_PERSON, "（演示）王某某",
					"在河东街道居民区焚烧废旧塑料、皮革，产生有毒有害烟尘", "COMPLAINT", 1000).toNotice(false).answered();
			// 听证 (处罚法 §63, §64): requested, scheduled, and held then reviewed and discussed (§58, §57)
			story(d, 15, "HX-CG-017", "632802001", PartyKind.ORGANISATION, "（演示）德令哈市某混凝土有限公司",
					"重污染天气预警期间拒不执行停止工地土石方作业的应急措施", "INSPECTION", 30000).toNotice(true)
				.hearingRequested();
			story(d, 18, "HX-CG-019", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某商贸有限公司",
					"擅自在城市道路上搭建彩钢板房作为仓库", "INSPECTION", 15000).toNotice(true).hearingRequested()
				.hearingScheduled();
			story(d, 27, "HX-CG-006", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某餐饮管理有限公司",
					"未将餐厨垃圾交由具备相应资质条件的单位进行无害化处理，交由无资质个人收运", "COMPLAINT", 150000)
				.majorRights()
				.toNotice(true)
				.hearingRequested()
				.hearingScheduled()
				.heard()
				.reviewed()
				.discussed();
			// 待决定: waived, and the decision awaiting the head (处罚法 §57, §62)
			story(d, 15, "HX-CG-023", "632802001", PartyKind.ORGANISATION, "（演示）德令哈市某燃气工程有限公司",
					"未按照批准的位置、面积占用城市道路，超范围堆放施工材料", "INSPECTION", 4000).toNotice(false).waived();
			story(d, 15, "HX-CG-013", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某砂石料场",
					"运输砂石车辆未采取密闭措施，沿途遗撒砂石", "INSPECTION", 6000).toNotice(false).waived().awaiting()
				.decided();
			// 已决定 (处罚法 §61), 执行 with the fine due (§67), 待结案 (市监 §77)
			story(d, 15, "HX-CG-018", "632802002", PartyKind.ORGANISATION, "（演示）德令哈市某热力有限公司",
					"未经批准挖掘城市道路抢修供热管网，事后未补办审批手续", "INSPECTION", 8000).toNotice(false).waived()
				.decided();
			story(d, 20, "HX-CG-020", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某文化传播有限公司",
					"擅自在路灯杆上悬挂商业广告条幅", "INSPECTION", 2000).toNotice(false).waived().decided().served();
			story(d, 17, "HX-CG-009", "632802003", PartyKind.INDIVIDUAL_BUSINESS, "（演示）德令哈市某羊肉串店",
					"在禁止时段于火车站广场周边露天烧烤食品", "GRID", 1000).toNotice(false).waived().decided().served();
			story(d, 21, "HX-CG-022", "632802001", PartyKind.ORGANISATION, "（演示）德令哈市某园林绿化有限公司",
					"绿化施工占用城市道路期满后未及时清理现场", "INSPECTION", 3000).toNotice(false).waived().decided().served()
				.paid();
			// 已结案: paid and closed, answered then closed, and a clue not filed (市监 §20)
			story(d, 40, "HX-CG-013", "632802002", PartyKind.ORGANISATION, "（演示）德令哈市某渣土运输有限公司",
					"渣土运输车辆未采取密闭措施，沿途遗撒", "INSPECTION", 10000).toNotice(true).waived().decided().served()
				.paid().closed();
			story(d, 30, "HX-CG-010", "632802102", PartyKind.NATURAL_PERSON, "（演示）张某某",
					"在柯鲁柯镇人口集中地区露天焚烧秸秆", "GRID", 600).toNotice(false).answered().decided().served().paid()
				.closed();
			story(d, 12, "HX-CG-012", "632802200", PartyKind.NATURAL_PERSON, "（演示）赵某某",
					"群众举报在蓄集乡焚烧垃圾产生有毒烟尘", "COMPLAINT", 0).declined();
			// 执行: overdue with the 催告 served, paid in instalments, and applied to the court (强制法 §53, §54)
			story(d, 60, "HX-CG-021", "632802002", PartyKind.ORGANISATION, "（演示）德令哈市某管线安装有限公司",
					"在城市道路施工现场未设置安全防围设施，夜间未设警示灯", "INSPECTION", 3000).toNotice(false).waived()
				.decided().served().demanded(12);
			story(d, 22, "HX-CG-022", "632802003", PartyKind.ORGANISATION, "（演示）德令哈市某道路养护有限公司",
					"道路养护作业占用城市道路期满后未及时清理现场", "INSPECTION", 5000).toNotice(false).waived().decided()
				.served().deferred();
			story(d, 230, "HX-CG-020", "632802001", PartyKind.ORGANISATION, "（演示）德令哈市某装饰工程有限公司",
					"擅自在人行天桥上设置广告牌，经责令拒不拆除", "INSPECTION", 2000).toNotice(false).waived().decided()
				.served().demanded(20).appliedToCourt();

			Body g = golmud;
			story(g, 5, "HX-CG-009", "632801002", PartyKind.INDIVIDUAL_BUSINESS, "（演示）格尔木市黄河路某烧烤店",
					"在禁止区域内露天烧烤食品", "COMPLAINT", 0);
			story(g, 12, "HX-CG-014", "632801003", PartyKind.ORGANISATION, "（演示）格尔木市某建筑安装有限公司",
					"施工工地未采取覆盖、洒水抑尘等防尘降尘措施", "INSPECTION", 0).filed().investigated();
			story(g, 8, "HX-CG-018", "632801005", PartyKind.ORGANISATION, "（演示）格尔木市某电力工程有限公司",
					"未经批准擅自挖掘西藏路人行道敷设电缆", "INSPECTION", 6000).filed().investigated().reported(false);
			story(g, 13, "HX-CG-016", "632801100", PartyKind.ORGANISATION, "（演示）格尔木市某置业有限公司",
					"建设用地裸露地面超过三个月未进行绿化、铺装或者遮盖", "INSPECTION", 20000).toNotice(true);
			story(g, 14, "HX-CG-013", "632801002", PartyKind.ORGANISATION, "（演示）格尔木市某物流有限公司",
					"运输煤炭车辆未采取密闭措施，沿途遗撒", "INSPECTION", 5000).toNotice(false).waived();
			story(g, 18, "HX-CG-021", "632801003", PartyKind.ORGANISATION, "（演示）格尔木市某市政工程有限公司",
					"在城市道路施工现场未设置明显标志和安全防围设施", "INSPECTION", 4000).toNotice(false).waived().decided()
				.served();
			story(g, 70, "HX-CG-013", "632801003", PartyKind.ORGANISATION, "（演示）格尔木市某运输有限公司",
					"运输渣土车辆未采取密闭措施，沿昆仑路遗撒渣土", "INSPECTION", 4000).toNotice(false).waived().decided()
				.served().demanded(15).enforcementSuspended();
			story(g, 20, "HX-CG-010", "632801005", PartyKind.NATURAL_PERSON, "（演示）马某某",
					"在人口集中地区露天焚烧落叶", "GRID", 500).toNotice(false).waived().decided().served().paid();
			story(g, 35, "HX-CG-020", "632801002", PartyKind.ORGANISATION, "（演示）格尔木市某广告有限公司",
					"擅自在桥梁护栏上设置广告牌", "INSPECTION", 3000).toNotice(false).waived().decided().served().paid()
				.closed();

			// a township empowered in its own name (赋权): 河西街道's officers, squad head, reviewer and head take a
			// clue of a matter it was given to the decision, issued as 河西街道办事处 (处罚法 §24)
			story(hexi, 16, "HX-CG-002", "632802001", PartyKind.NATURAL_PERSON, "（演示）河西街道居民孙某某",
					"在河西街道某小区绿化带内随意倾倒、堆放生活垃圾，经劝阻仍不清理", "GRID", 300).toNotice(false).waived()
				.decided();
		}

		private Story story(Body body, int workingDaysAgo, String matter, String place, PartyKind party,
				String partyName, String facts, String source, long fine) {
			return new Story(body, workingDaysBefore(anchor, workingDaysAgo), matter, place, party, partyName, facts,
					source, fine);
		}

		/** The filing day of the overdue case: the last working day on or before 100 calendar days ago. */
		private LocalDate filedOnOrBefore() {
			LocalDate day = LocalDate.now(clock).minusDays(OVERDUE_FILED_DAYS_AGO);
			while (!workingDay(day)) {
				day = day.minusDays(1);
			}
			return day;
		}

		private LocalDate workingDaysBefore(LocalDate day, int count) {
			LocalDate result = day;
			for (int counted = 0; counted < count;) {
				result = result.minusDays(1);
				if (workingDay(result)) {
					counted++;
				}
			}
			return result;
		}

		/** On the official calendar; provisional (weekends only) in a year whose schedule is not loaded yet. */
		private boolean workingDay(LocalDate day) {
			return workingDays.computeIfAbsent(day, d -> calendar.workingDaysBetween(d.minusDays(1), d) == 1);
		}

		private Body body(String prefix) {
			return new Body(prefix, List.of(person(prefix + ".officer1"), person(prefix + ".officer2")),
					person(prefix + ".squad"));
		}

		private long person(String username) {
			return officers.personOfAccount(accounts.idOf(username).orElseThrow()).orElseThrow().id().value();
		}

		/** Runs one call of the procedure as the demo account, signed in with its real roles and jurisdiction. */
		private CaseDetail as(String username, Function<ScopedPrincipal, CaseDetail> work) {
			actions++;
			return SignedIn.as(signedIn.computeIfAbsent(username, users::loadUserByUsername), work);
		}

		/**
		 * One demo case, registered as a clue on its discovery day; each further step acts a few working days after the
		 * previous one, never after the anchor day.
		 */
		private final class Story {

			private final Body body;

			private final BigDecimal fine;

			private final LocalDate actOn;

			private final long id;

			private CaseDetail current;

			private LocalDate on;

			private @Nullable LocalDate hearingOn;

			private boolean majorRights;

			private boolean awaiting;

			Story(Body body, LocalDate discoveredOn, String matter, String place, PartyKind party, String partyName,
					String facts, String source, long fine) {
				this.body = body;
				this.fine = BigDecimal.valueOf(fine);
				this.actOn = discoveredOn.minusDays(2);
				this.on = discoveredOn;
				// a company's or an individual business's party from the register (docs/adr/0023-case-party-from-register.md)
				this.current = as(body.officer(), p -> procedure.registerClue(parties.fromRegister(new NewClue(matter,
						place, party, partyName, facts, ClueSource.valueOf(source), discoveredOn, actOn), p), p));
				this.id = current.id();
				stories++;
			}

			/** The next request for approval stays in the approvers' inboxes. */
			Story awaiting() {
				awaiting = true;
				return this;
			}

			/** The case directly concerns the party's major rights: after a hearing it needs legal review (处罚法 §58). */
			Story majorRights() {
				majorRights = true;
				return this;
			}

			Story filed() {
				return request(CaseAction.FILE,
						new FileCase(after(2), actOn, null, false, null, body.officers()));
			}

			Story declined() {
				return request(CaseAction.DECLINE_FILING, new DeclineFiling(after(2),
						"经现场核查，焚烧物为枯枝落叶，不属于沥青、塑料等产生有毒有害烟尘的物质，违法事实不能成立"));
			}

			Story extended() {
				return request(CaseAction.EXTEND_VERIFICATION, new Extension(after(3), "需调取周边监控录像核实焚烧时间和责任人"));
			}

			Story suspended() {
				return request(CaseAction.SUSPEND, new Suspension(after(5), SuspensionGround.PARTY_NOT_FOUND,
						"当事人下落不明，经多方查找无果，案件暂时无法调查"));
			}

			/**
			 * A suspected crime reported on the anchor day: the head approves within 3 days and the case goes to the
			 * public security organ at once (国务院令第310号 §5), which has 3 days to answer (§8).
			 */
			Story transferred() {
				on = anchor;
				request(CaseAction.TRANSFER, new Transfer(TransferKind.JUDICIARY, "德令哈市公安局",
						"倾倒生活垃圾数量巨大，造成环境严重污染，涉嫌污染环境罪", on, body.officers(), null));
				return act(body.officer(), CaseAction.SEND_TRANSFER, new TransferSent(OffsetDateTime.now(clock), null));
			}

			/**
			 * A case that belongs to another administrative body of the platform (市监 §17), reported on the anchor day:
			 * the head approves, and the officer sends it at once; the receiving department's staff read it from then on.
			 */
			Story transferredTo(String organizationCode, String receiver) {
				long organization = organizations.findByCode(organizationCode).orElseThrow().id().value();
				on = anchor;
				request(CaseAction.TRANSFER, new Transfer(TransferKind.BODY, receiver,
						"经核查，当事人的主要违法行为属食品经营监管事项，依法移送市场监督管理部门处理", on, null, organization));
				return act(body.officer(), CaseAction.SEND_TRANSFER, new TransferSent(OffsetDateTime.now(clock), null));
			}

			Story investigated() {
				act(body.officer(), CaseAction.RECORD_INVESTIGATION, new Investigation(InvestigationKind.INSPECTION,
						after(1), "现场检查并拍照取证，制作现场检查笔录，当事人在场签字确认", body.officers(), true));
				return issue(DocumentType.INSPECTION_RECORD, Map.of("place", "（演示）违法行为发生地", "startTime", "9时30分",
						"endTime", "10时10分", "present", "当事人"));
			}

			/** 调查终结报告 proposing the fine; {@code reviewByLaw}: the body's 法制审核目录 names the case (§58(4)). */
			Story reported(boolean reviewByLaw) {
				return act(body.officer(), CaseAction.SUBMIT_REPORT, new Report(after(4), CaseOutcome.PENALTY,
						Set.of(PenaltyKind.FINE), fine, null, null, Set.of(), null, null, false, false, majorRights, false, reviewByLaw,
						"违法事实清楚，证据确实充分，建议依法给予罚款"));
			}

			Story reviewed() {
				return act(body.legal(), CaseAction.REVIEW_CASE, new Review(after(2), ReviewOpinion.AGREE,
						"事实清楚，证据确实充分，适用依据正确，程序合法，处罚适当"));
			}

			Story proposed() {
				return request(CaseAction.PROPOSE, new Note(after(1), "拟作出罚款决定，请审批"));
			}

			/** Filed, investigated, reported, reviewed, the proposal approved, the notice served. */
			Story toNotice(boolean hearingRight) {
				filed().investigated().reported(false).reviewed().proposed();
				return act(body.officer(), CaseAction.SERVE_NOTICE, new Notice(after(2), hearingRight));
			}

			Story answered() {
				return act(body.officer(), CaseAction.RECORD_STATEMENT, new Statement(after(2),
						"当事人称系初次违法且已立即改正，请求从轻处罚", "经复核，当事人陈述的事实已在拟处罚款数额中考虑，维持原拟处理意见"));
			}

			Story waived() {
				return act(body.officer(), CaseAction.RECORD_WAIVER, new Waiver(after(1),
						"当事人书面声明放弃陈述、申辩和听证的权利"));
			}

			Story hearingRequested() {
				return act(body.officer(), CaseAction.REQUEST_HEARING, new HearingRequest(after(2)));
			}

			/** Notified at least 7 working days before the hearing (处罚法 §64(2)); the hearing may lie ahead. */
			Story hearingScheduled() {
				LocalDate notified = after(1);
				hearingOn = calendar.workingDaysAfter(notified, HearingSchedule.NOTICE_LEAD_WORKING_DAYS).date();
				return act(body.officer(), CaseAction.SCHEDULE_HEARING,
						new HearingSchedule(notified, hearingOn, body.presidingOfficer()));
			}

			Story heard() {
				on = notAfterAnchor(hearingOn);
				return act(body.officer(), CaseAction.RECORD_HEARING,
						new HearingRecord(on, true, "听证会依法举行，当事人及其委托代理人到场陈述、申辩并质证"));
			}

			Story discussed() {
				return act(body.head(), CaseAction.RECORD_COLLECTIVE_DISCUSSION, new CollectiveDiscussion(after(1),
						List.of("局长", "副局长", "法制机构负责人"), "经集体讨论，同意拟处理意见"));
			}

			/**
			 * The decision: the next working day, and after the response period (市监 §57) unless the party waived it or
			 * was heard (处罚法 §62, §65).
			 */
			Story decided() {
				LocalDate day = after(1);
				if (!current.partyWaived() && !current.hearingHeld()) {
					LocalDate responseDue = current.clocks().stream().filter(k -> k.kind() == ClockKind.NOTICE_RESPONSE)
						.map(CaseClock::dueOn).reduce((a, b) -> b).orElseThrow();
					LocalDate afterPeriod = calendar.workingDaysAfter(responseDue, 1).date();
					day = notAfterAnchor(afterPeriod.isAfter(day) ? afterPeriod : day);
					on = day;
				}
				return request(CaseAction.DECIDE, new Decision(day, CaseOutcome.PENALTY, Set.of(PenaltyKind.FINE), fine,
						current.partyResponded() ? "当事人陈述申辩理由不足以减轻处罚，不予采纳" : null));
			}

			/** Served the next working day and published the same day (118号: within 7 working days). */
			Story served() {
				act(body.officer(), CaseAction.SERVE_DECISION, new Service(after(1), ServiceMethod.DIRECT, false, current.partyName() + "（当事人）", null, null, null));
				issue(DocumentType.SERVICE_RECEIPT, Map.of("method", "直接送达", "recipient", "当事人本人",
						"servedAt", on.getYear() + "年" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日"));
				return act(body.officer(), CaseAction.RECORD_PUBLICATION,
						new Publication(on, "（演示）本机关门户网站 行政执法公示", "（演示）公示" + id));
			}

			Story paid() {
				return act(body.officer(), CaseAction.RECORD_PAYMENT, new Payment(after(3), fine, "（演示）缴款书" + id, null, null, null));
			}

			/** The fine unpaid: the 催告 served {@code daysLate} days after the deadline, 10 days to perform (强制法 §35). */
			Story demanded(int daysLate) {
				on = notAfterAnchor(current.paymentDue().plusDays(daysLate));
				return act(body.officer(), CaseAction.DEMAND_PERFORMANCE, new Demand(on, ServiceMethod.DIRECT,
						on.plusDays(10)));
			}

			/** Applied for within the deadline: paid in two instalments, 3 and 7 weeks from now (处罚法 §66). */
			Story deferred() {
				BigDecimal half = fine.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
				return request(CaseAction.DEFER_PAYMENT, new Deferral(after(2), "（演示）当事人受疫情影响经营困难，申请分两期缴纳",
						List.of(new Instalment(anchor.plusWeeks(3), half), new Instalment(anchor.plusWeeks(7),
								fine.subtract(half)))));
			}

			/**
			 * The court applied to 3 working days after the 6-month 诉讼 period ended, inside the 3-month window
			 * (强制法 §53, §54; 行诉解释 §156).
			 */
			Story appliedToCourt() {
				LocalDate litigationEnds = current.clocks().stream().filter(k -> k.kind() == ClockKind.LITIGATION)
					.map(CaseClock::dueOn).findFirst().orElseThrow();
				on = notAfterAnchor(calendar.workingDaysAfter(litigationEnds, 3).date());
				return request(CaseAction.APPLY_TO_COURT, new CourtApplication(on, "（演示）" + body.court()));
			}

			Story enforcementSuspended() {
				return request(CaseAction.SUSPEND_ENFORCEMENT, new EnforcementSuspension(after(2),
						cn.oneteam.casehandling.ExecutionInputs.SuspensionGround.UNABLE_TO_PERFORM, "（演示）当事人已停业，暂无财产可供执行"));
			}

			Story closed() {
				return request(CaseAction.CLOSE, new Closing(after(2), "处罚决定已执行完毕，罚款已全额缴纳，予以结案"));
			}

			/** The day {@code workingDays} after the previous step, which becomes this step's day. */
			private LocalDate after(int workingDays) {
				on = notAfterAnchor(calendar.workingDaysAfter(on, workingDays).date());
				return on;
			}

			private LocalDate notAfterAnchor(@Nullable LocalDate day) {
				if (day == null || day.isAfter(anchor)) {
					throw new IllegalStateException("demo case " + id + " would act on " + day + ", after " + anchor);
				}
				return day;
			}

			private <I> Story act(String username, CaseAction action, I input) {
				current = as(username, p -> procedure.act(id, action, input, p));
				return this;
			}

			/** An officer of the case issues a document on demand (a record, a 送达回证 of the latest numbered one). */
			private Story issue(DocumentType type, Map<String, String> inputs) {
				as(body.officer(), p -> {
					documents.issue(id, type, new CaseDocuments.Request(null, null, inputs, null, null), p);
					return current;
				});
				return this;
			}

			/** Asks for the action and, unless left awaiting, has each role of the chain approve it in turn. */
			private <I> Story request(CaseAction action, I input) {
				act(body.officer(), action, input);
				if (awaiting) {
					awaiting = false;
					return this;
				}
				while (current.pendingApproval() != null) {
					long request = current.pendingApproval().id();
					current = as(body.approver(current.pendingApproval().nextRole()),
							p -> procedure.decide(request, true, "同意", p));
				}
				return this;
			}
		}
	}

	/** A body's demo accounts by username prefix, the two officers who handle its cases, and who presides hearings. */
	private record Body(String prefix, List<Long> officers, long presidingOfficer) {

		String officer() {
			return prefix + ".officer1";
		}

		/** The basic people's court of the body's city (强制法 §54). */
		String court() {
			return prefix.equals("grm") ? "格尔木市人民法院" : "德令哈市人民法院";
		}

		String legal() {
			return prefix + ".legal";
		}

		String head() {
			return prefix + ".head";
		}

		/** The account that approves a step of a chain: 中队长, 局长, or the legal reviewer. */
		String approver(String role) {
			return prefix + switch (role) {
				case "SQUAD_HEAD" -> ".squad";
				case "BUREAU_HEAD" -> ".head";
				default -> ".legal";
			};
		}
	}
}
