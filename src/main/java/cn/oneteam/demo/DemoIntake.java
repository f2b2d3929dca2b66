package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Role;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.intake.Dispute;
import cn.oneteam.intake.Disputes;
import cn.oneteam.intake.EventChannel;
import cn.oneteam.intake.EventDispatch;
import cn.oneteam.intake.EventIntake;
import cn.oneteam.intake.EventQueries;
import cn.oneteam.intake.IntakeEvent;
import cn.oneteam.intake.NewEvent;
import cn.oneteam.intake.PublicFollowUp;
import cn.oneteam.intake.Priority;
import cn.oneteam.intake.Receipt;
import cn.oneteam.intake.RequestType;
import cn.oneteam.intake.Routing;
import cn.oneteam.intake.Satisfaction;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Intake for 德令哈 and 格尔木: the 12345 hotline's account (海西州 command centre, with a published token), keyword
 * rules for the demo matters, and a dozen events through the real service in every state — rated, replied, reopened,
 * accepted (and on the spot), dispatched, returned, routed, waiting, in dispute (several bodies at 怀头他拉镇; two
 * units claiming a 河西街道 report), and the 柯鲁柯镇 gap decided by the county coordinator and made a boundary from
 * 2027-01-01 (so today's boundary report still shows it).
 */
@Component
@Profile("demo")
@Order(36)
class DemoIntake implements DemoStep {

	static final String HOTLINE = "hx.hotline";

	private static final Logger log = LoggerFactory.getLogger(DemoIntake.class);

	private final EventIntake intake;

	private final EventDispatch dispatch;

	private final PublicFollowUp followUp;

	private final EventQueries events;

	private final Routing routing;

	private final Disputes disputes;

	private final Accounts accounts;

	private final DemoAccounts demoAccounts;

	private final Organizations organizations;

	private final UserDetailsService users;

	DemoIntake(EventIntake intake, EventDispatch dispatch, PublicFollowUp followUp, EventQueries events,
			Routing routing, Disputes disputes, Accounts accounts, DemoAccounts demoAccounts, Organizations organizations,
			UserDetailsService users) {
		this.intake = intake;
		this.dispatch = dispatch;
		this.followUp = followUp;
		this.events = events;
		this.routing = routing;
		this.disputes = disputes;
		this.accounts = accounts;
		this.demoAccounts = demoAccounts;
		this.organizations = organizations;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists(HOTLINE)) {
			return;
		}
		SystemActor.call(() -> {
			long hotline = demoAccounts.open(HOTLINE, "海西州12345热线（系统）",
					organizations.findByCode("6328-gov").orElseThrow().id(), Role.SYSTEM_CLIENT);
			accounts.register(hotline, "12345 热线工单接口", DemoData.token(HOTLINE));
			rules();
			return null;
		});
		seedEvents();
		log.info("Demo intake loaded: keyword rules and events of 德令哈 and 格尔木");
	}

	private void rules() {
		List.of(new Object[] { "油烟", "DEMO-DQ-118-1", 3 }, new Object[] { "烟道", "DEMO-DQ-118-2", 3 },
				new Object[] { "垃圾", "HX-CG-002", 2 }, new Object[] { "建筑垃圾", "HX-CG-005", 4 },
				new Object[] { "渣土", "HX-CG-015", 3 }, new Object[] { "露天烧烤", "HX-CG-009", 4 },
				new Object[] { "烧烤", "HX-CG-009", 2 }, new Object[] { "占道", "HX-CG-018", 2 },
				new Object[] { "挖掘道路", "HX-CG-018", 3 }, new Object[] { "扬尘", "HX-CG-014", 3 },
				new Object[] { "工地", "HX-CG-014", 1 }, new Object[] { "过期食品", "HX-SJ-005", 3 },
				new Object[] { "无证", "HX-SJ-001", 2 })
			.forEach(r -> routing.addRule((String) r[0], (String) r[1], (Integer) r[2]));
	}

	private void seedEvents() {
		// 河西街道 (empowered for matter 1): rated, and replied awaiting the rating
		long rated = hotline("DEMO-0001", "632802001", "长江路一家烧烤店油烟直排，楼上住户窗户全是油", null, "张先生", "13897001234");
		as("dlh.dispatch", p -> dispatch.dispatch(rated, p));
		as("hexi.dispatch", p -> dispatch.accept(rated, p));
		as("hexi.dispatch", p -> dispatch.reply(rated, "已责令该店安装油烟净化设施并正常使用，复查达标。", p));
		followUp.rate(tracking(rated), Satisfaction.SATISFIED);
		long replied = hotline("DEMO-0002", "632802001", "柴达木路饭馆后厨油烟很大", null, null, "13997005678");
		as("dlh.dispatch", p -> dispatch.dispatch(replied, p));
		as("hexi.dispatch", p -> dispatch.accept(replied, p));
		as("hexi.dispatch", p -> dispatch.reply(replied, "已约谈经营者，限期三日内清洗油烟净化设施。", p));
		// 河东街道 (empowered for the first urban management matters): dispatched, not yet accepted
		long dispatched = hotline("DEMO-0003", "632802002", "小区门口有人乱倒生活垃圾", null, null, null);
		as("dlh.dispatch", p -> dispatch.dispatch(dispatched, p));
		// the county bureau: accepted; returned once with its reason; routed and waiting, with a duplicate next to it
		long accepted = hotline("DEMO-0004", "632802003", "工地没有围挡，扬尘严重", null, "李女士", "13709871234");
		as("dlh.dispatch", p -> dispatch.dispatch(accepted, p));
		as("dlh.squad", p -> dispatch.accept(accepted, p));
		as("dlh.squad", p -> dispatch.arrive(accepted, null, new BigDecimal("37.3691"), new BigDecimal("97.3702"), p));
		long returned = hotline("DEMO-0005", "632802003", "有人擅自挖掘道路铺设管线", null, null, null);
		as("dlh.dispatch", p -> dispatch.dispatch(returned, p));
		as("dlh.squad", p -> dispatch.returnEvent(returned, "经核实为市政公司经批准的施工，请转住建部门核实审批范围。", p));
		hotline("DEMO-0006", "632802003", "德令哈火车站广场有人占道经营", null, null, null);
		hotline("DEMO-0007", "632802003", "火车站广场占道摆摊，影响通行", null, "王先生", "15500001111");
		// 尕海镇 (delegated): a grid worker's report with the phone's location
		intake.receive(new NewEvent(RequestType.REPORT, null, "村口饭店油烟直排", "632802100", "632802100-01", "尕海镇政府路口",
				new BigDecimal("37.3105"), new BigDecimal("97.5512"), null, null, null, Priority.NORMAL),
				EventChannel.GRID, null, List.of(), id("dlh.auxiliary"), null);
		// a public report no rule classifies: waits for the dispatcher
		intake.receive(new NewEvent(RequestType.SUGGESTION, null, "建议在公园增加夜间照明", "632802001", null, "人民公园", null,
				null, null, null, null, Priority.NORMAL), EventChannel.PUBLIC_PORTAL, null, List.of(), 0, null);
		// 怀头他拉镇: two bodies recorded for matter 1 — in dispute
		hotline("DEMO-0008", "632802101", "镇上餐馆油烟扰民", null, null, null);
		// 柯鲁柯镇: nobody recorded for matter 2 — decided by the county and made a boundary from next year
		long gap = hotline("DEMO-0009", "632802102", "住宅楼底商新开餐馆，没有专用烟道", "DEMO-DQ-118-2", null, null);
		Dispute dispute = disputes.ofEvent(gap).get(0);
		long bureau = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		as("dlh.dispatch", p -> disputes.decide(dispute.id(), bureau,
				"该事项由德令哈市综合行政执法局在全市范围执法，柯鲁柯镇漏列，按全市职责办理。", p));
		as("admin", p -> disputes.applyAsBoundary(dispute.id(), LocalDate.of(2027, 1, 1), p));
		// 河西街道: the county bureau and the market regulator both claim a report routed to the township — in dispute
		long claimed = hotline("DEMO-0012", "632802001", "黄河路夜市烧烤摊油烟直排，占用人行道", "DEMO-DQ-118-1", null, null);
		as("dlh.squad", p -> dispatch.claim(claimed, "夜市烧烤油烟由执法局派驻执法组统一整治", p));
		as("dlh.market", p -> dispatch.claim(claimed, "夜市摊点属食品经营备案管理", p));
		// 格尔木: a township's own matter dispatched; the bureau's event reopened by the reporter
		String golmud = firstTownship("632801");
		hotline("DEMO-0010", golmud, "市场里有无证经营的熟食摊", null, null, null);
		long reopened = hotline("DEMO-0011", golmud, "建筑垃圾堆在路边好几天了", null, "赵先生", "18609790000");
		as("grm.squad", p -> dispatch.dispatch(reopened, p)); // the hotline system only sends orders
		as("grm.squad", p -> dispatch.accept(reopened, p));
		as("grm.squad", p -> dispatch.reply(reopened, "已通知施工单位清运。", p));
		followUp.notFixed(tracking(reopened), "还有一半没有清走");
	}

	/** A 12345 work order through the service as the hotline account; answers the event id. */
	private long hotline(String orderId, String division, String text, @Nullable String matter, @Nullable String name,
			@Nullable String phone) {
		ScopedPrincipal hotline = (ScopedPrincipal) users.loadUserByUsername(HOTLINE);
		Receipt receipt = intake.receive(new NewEvent(RequestType.COMPLAINT, matter, text, division, null, null, null, null,
				name, phone, null, Priority.NORMAL), EventChannel.HOTLINE_12345, orderId, List.of(), hotline.accountId(),
				hotline.jurisdiction());
		return events.byTracking(receipt.trackingNumber()).map(IntakeEvent::id).orElseThrow();
	}

	private String tracking(long id) {
		return events.find(id).orElseThrow().trackingNumber();
	}

	private long id(String username) {
		return accounts.idOf(username).orElseThrow();
	}

	/** The lowest-coded township of a county that has a government. */
	private String firstTownship(String county) {
		return organizations.visibleIn(JurisdictionScope.nationwide()).stream()
			.filter(o -> o.seat().value().startsWith(county) && o.seat().value().length() == 9)
			.map(o -> o.seat().value())
			.sorted()
			.findFirst()
			.orElseThrow();
	}

	/** Runs a call as the demo account, signed in with its real roles and jurisdiction. */
	private <T> T as(String username, Function<ScopedPrincipal, T> work) {
		return SignedIn.as(users.loadUserByUsername(username), work);
	}
}
