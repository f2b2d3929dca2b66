package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.oneteam.credit.CreditClass;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.inspection.InspectionInputs;
import cn.oneteam.inspection.InspectionItem;
import cn.oneteam.inspection.InspectionItems;
import cn.oneteam.inspection.InspectionPlan;
import cn.oneteam.inspection.InspectionTask;
import cn.oneteam.inspection.InspectionTasks;
import cn.oneteam.inspection.ItemMethod;
import cn.oneteam.inspection.StratumRule;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's inspection item lists of 德令哈市市场监督管理局 and 德令哈市生态环境局 (published; the basis texts are marked
 * 演示) and their joint 2027 plan with one approved task over the demo licensees (docs/adr/0025-inspection-items-and-plans.md).
 * Skipped when the plan exists.
 */
@Component
@Profile("demo")
@Order(46)
class DemoInspections implements DemoStep {

	static final String PLAN_NAME = "德令哈市2027年度市场监管与生态环境部门联合双随机抽查计划（演示）";

	private static final List<SubjectKind> ENTERPRISES = List.of(SubjectKind.LEGAL_PERSON,
			SubjectKind.OTHER_ORGANISATION, SubjectKind.INDIVIDUAL_BUSINESS);

	private final InspectionItems items;

	private final InspectionTasks tasks;

	private final Accounts accounts;

	private final Organizations organizations;

	DemoInspections(InspectionItems items, InspectionTasks tasks, Accounts accounts, Organizations organizations) {
		this.items = items;
		this.tasks = tasks;
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		ScopedPrincipal operator = ScopedPrincipal.nationwide(accounts.idOf("admin").orElseThrow(), "admin",
				organizations.findByCode("platform").orElseThrow().id().value());
		long market = organizations.findByCode("632802-scjg").orElseThrow().id().value();
		long ecology = organizations.findByCode("632802-sthj").orElseThrow().id().value();
		SystemActor.call(() -> {
			if (tasks.plans(operator).stream().anyMatch(p -> p.name().equals(PLAN_NAME))) {
				return null;
			}
			item(market, "食品经营者经营条件检查", "（演示）《中华人民共和国食品安全法》第三十三条、第八十七条",
					"食品经营许可证件、经营场所卫生条件、从业人员健康证明、进货查验记录", ItemMethod.ON_SITE, true, operator);
			item(market, "企业公示信息情况检查", "（演示）《企业信息公示暂行条例》第十四条",
					"年度报告公示信息、即时公示信息的真实性", ItemMethod.DOCUMENT, false, operator);
			InspectionItem drugs = item(market, "药品零售企业经营行为检查", "（演示）《中华人民共和国药品管理法》第九十九条",
					"药品经营许可、处方药销售、药品储存条件", ItemMethod.ON_SITE, false, operator);
			InspectionItem permit = item(ecology, "排污许可执行情况检查", "（演示）《排污许可管理条例》第二十六条",
					"按证排污、自行监测、执行报告与台账记录", ItemMethod.ON_SITE, false, operator);
			item(ecology, "污染源自动监测数据检查", "（演示）《中华人民共和国大气污染防治法》第二十四条",
					"自动监测设备联网、数据真实性与有效传输率", ItemMethod.ONLINE, false, operator);
			item(ecology, "危险废物规范化管理检查", "（演示）《中华人民共和国固体废物污染环境防治法》第七十八条",
					"危险废物识别标志、管理计划、转移联单", ItemMethod.ON_SITE, true, operator);
			InspectionPlan plan = tasks.createPlan(new InspectionInputs.Plan(market, 2027, PLAN_NAME, market,
					List.of(market, ecology)), operator);
			InspectionTask task = tasks.createTask(plan.id(), new InspectionInputs.Task("食品、药品经营者与排污单位联合抽查（演示）",
					List.of(market, ecology), List.of(drugs.id(), permit.id()), ENTERPRISES, "632802",
					List.of(DemoLicences.MARKET_CODE, DemoLicences.ECOLOGY_CODE),
					List.of(new StratumRule(CreditClass.A, new BigDecimal("0.03"), null),
							new StratumRule(CreditClass.B, new BigDecimal("0.1"), null),
							new StratumRule(CreditClass.C, new BigDecimal("0.2"), null),
							new StratumRule(CreditClass.D, null, 5)),
					LocalDate.of(2027, 3, 1), LocalDate.of(2027, 11, 30), null, null), operator);
			tasks.approve(task.id(), operator);
			return null;
		});
	}

	private InspectionItem item(long department, String name, String basis, String content, ItemMethod method,
			boolean key, ScopedPrincipal operator) {
		InspectionItem item = items.create(new InspectionInputs.Item(department, name, basis, ENTERPRISES, content, method,
				key), operator);
		return items.publish(item.id(), operator);
	}
}
