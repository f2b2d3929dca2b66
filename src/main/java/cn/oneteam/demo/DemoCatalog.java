package cn.oneteam.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.catalog.BenchmarkTier;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.CatalogTransfer;
import cn.oneteam.catalog.Circumstance;
import cn.oneteam.catalog.Discretion;
import cn.oneteam.catalog.DiscretionBenchmark;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.ImportReport;
import cn.oneteam.catalog.LenientList;
import cn.oneteam.catalog.Matter;
import cn.oneteam.catalog.MatterKind;
import cn.oneteam.catalog.MatterLevel;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.NewMatter;
import cn.oneteam.catalog.PartyType;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.catalog.StatutoryFine;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A small demo catalogue for 德令哈市. The two matters carry the real provisions of 《中华人民共和国大气污染防治法》
 * §118 (paragraphs 1 and 2, on catering fumes); the empowerment instruments are demo documents, marked as such.
 * The list shows every mode (赋权 河西街道, 委托 尕海镇, 派驻 蓄集乡), a gap (柯鲁柯镇, matter 2) and an overlap
 * (怀头他拉镇, matter 1) for the boundary report.
 */
@Component
@Profile("demo")
@Order(32)
class DemoCatalog implements DemoStep {

	static final String FUMES = "DEMO-DQ-118-1";

	static final String FUMES_PROJECT = "DEMO-DQ-118-2";

	static final LocalDate IN_FORCE = LocalDate.of(2018, 10, 26);

	static final DivisionCode DELINGHA = DivisionCode.of("632802");

	/** From when the county bureaus enforce the imported matters: the reform date of the demo force. */
	static final LocalDate IN_FORCE_REFORM = DemoForce.REFORM_DATE;

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private static final String LAW = "《中华人民共和国大气污染防治法》";

	private final Catalog catalog;

	private final Organizations organizations;

	private final Discretion discretion;

	private final CatalogTransfer transfer;

	DemoCatalog(Catalog catalog, Organizations organizations, Discretion discretion, CatalogTransfer transfer) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.discretion = discretion;
		this.transfer = transfer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (catalog.find(FUMES).isPresent()) {
			return;
		}
		SystemActor.call(() -> {
			seed();
			seedDiscretion();
			seedHaixiCatalogue();
			return null;
		});
		log.info("Demo catalogue loaded for 德令哈市");
	}

	private void seed() {
		JurisdictionScope all = JurisdictionScope.nationwide();
		catalog.register(new NewMatter(FUMES, EnforcementDomain.URBAN_MANAGEMENT, MatterKind.PENALTY, MatterLevel.COUNTY,
				new MatterVersion(1, "餐饮服务经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，超过排放标准排放油烟",
						LAW, "第八十一条第一款", LAW, "第一百一十八条第一款",
						Set.of(PenaltyKind.FINE, PenaltyKind.ORDER_SUSPENSION),
						StatutoryFine.amount(new BigDecimal("5000"), new BigDecimal("50000")), IN_FORCE, null)));
		catalog.register(new NewMatter(FUMES_PROJECT, EnforcementDomain.URBAN_MANAGEMENT, MatterKind.PENALTY,
				MatterLevel.COUNTY,
				new MatterVersion(1, "在居民住宅楼、未配套设立专用烟道的商住综合楼以及商住综合楼内与居住层相邻的商业楼层内新建、改建、扩建产生油烟、异味、废气的餐饮服务项目",
						LAW, "第八十一条第二款", LAW, "第一百一十八条第二款",
						Set.of(PenaltyKind.FINE, PenaltyKind.ORDER_CLOSURE),
						StatutoryFine.amount(new BigDecimal("10000"), new BigDecimal("100000")), IN_FORCE, null)));

		Organization bureau = org("632802-zhzf");
		Organization market = org("632802-scjg");
		catalog.defineBoundary(FUMES, DivisionCode.of("632802"), null, null, bureau.id().value(), IN_FORCE, null, all);
		// an overlap: for 怀头他拉镇 both the bureau and the market department were recorded as enforcing matter 1
		catalog.defineBoundary(FUMES, DivisionCode.of("632802101"), null, null, bureau.id().value(), IN_FORCE, null, all);
		catalog.defineBoundary(FUMES, DivisionCode.of("632802101"), null, null, market.id().value(), IN_FORCE, null, all);
		// matter 2: township by township, with 柯鲁柯镇 (632802102) forgotten — a gap
		for (String township : new String[] { "632802001", "632802002", "632802003", "632802100", "632802101",
				"632802200" }) {
			catalog.defineBoundary(FUMES_PROJECT, DivisionCode.of(township), null, null, bureau.id().value(), IN_FORCE,
					null, all);
		}

		Organization hexi = org("632802001-gov");
		Organization gahai = org("632802100-gov");
		catalog.empower(DivisionCode.of("632802001"), FUMES, EnforcementMode.EMPOWERED, hexi.id().value(),
				hexi.id().value(), new LegalInstrument("（演示）青海省乡镇（街道）赋权决定第1号", LocalDate.of(2022, 3, 1), null),
				LocalDate.of(2022, 4, 1), null, all);
		catalog.empower(DivisionCode.of("632802100"), FUMES, EnforcementMode.DELEGATED, gahai.id().value(),
				bureau.id().value(), new LegalInstrument("（演示）德令哈市综合行政执法局委托书第3号", LocalDate.of(2024, 1, 5),
						LocalDate.of(2026, 12, 31)),
				LocalDate.of(2024, 1, 10), LocalDate.of(2026, 12, 31), all);
		catalog.empower(DivisionCode.of("632802200"), FUMES, EnforcementMode.STATIONED, bureau.id().value(),
				bureau.id().value(), new LegalInstrument("（演示）德令哈市派驻执法组设置决定", LocalDate.of(2020, 6, 30), null),
				LocalDate.of(2020, 7, 1), null, all);
	}

	/**
	 * A demo benchmark for matter 1: the circumstances of 处罚法 §32 and §33 are the law's own; the heavier ones are
	 * typical of local benchmarks and marked as demo.
	 */
	private void seedDiscretion() {
		Circumstance minor = new Circumstance("minor-corrected-no-harm", "违法行为轻微并及时改正，没有造成危害后果（行政处罚法第三十三条第一款）");
		Circumstance firstOffence = new Circumstance("first-offence-minor", "初次违法且危害后果轻微并及时改正（行政处罚法第三十三条第一款）");
		Circumstance noFault = new Circumstance("no-fault", "有证据足以证明没有主观过错（行政处罚法第三十三条第二款）");
		Circumstance coerced = new Circumstance("coerced", "受他人胁迫或者诱骗实施违法行为（行政处罚法第三十二条第二项）");
		Circumstance remedied = new Circumstance("remedied", "主动消除或者减轻违法行为危害后果（行政处罚法第三十二条第一项）");
		Circumstance confessed = new Circumstance("confessed", "主动供述行政机关尚未掌握的违法行为（行政处罚法第三十二条第三项）");
		Circumstance repeated = new Circumstance("repeated-within-year", "一年内因同一违法行为受过行政处罚又实施（演示基准情形）");
		Circumstance complaints = new Circumstance("repeated-complaints", "拒不改正或者引发周边居民多次投诉（演示基准情形）");
		Set<PenaltyKind> fine = Set.of(PenaltyKind.FINE);
		discretion.publish(new DiscretionBenchmark(0, FUMES, DELINGHA, "（演示）德令哈市综合行政执法局", "（演示）德执〔2024〕1号",
				LocalDate.of(2024, 3, 1), null,
				List.of(new BenchmarkTier(DiscretionTier.NO_PENALTY, PartyType.ANY, List.of(minor, firstOffence, noFault),
						Set.of(), null, null),
						new BenchmarkTier(DiscretionTier.MITIGATED, PartyType.ANY, List.of(coerced), fine,
								new BigDecimal("2000"), new BigDecimal("5000")),
						new BenchmarkTier(DiscretionTier.LIGHTER, PartyType.ANY, List.of(remedied, confessed), fine,
								new BigDecimal("5000"), new BigDecimal("20000")),
						new BenchmarkTier(DiscretionTier.ORDINARY, PartyType.ANY, List.of(), fine, new BigDecimal("20000"),
								new BigDecimal("35000")),
						new BenchmarkTier(DiscretionTier.HEAVIER, PartyType.ANY, List.of(repeated, complaints), fine,
								new BigDecimal("35000"), new BigDecimal("50000")))));
		discretion.publish(new LenientList(0, LenientList.Kind.NO_PENALTY, "（演示）德令哈市城市管理领域轻微违法行为不予处罚清单",
				"（演示）德令哈市综合行政执法局", LocalDate.of(2024, 3, 1), null,
				List.of(new LenientList.Item(FUMES, List.of(firstOffence)))));
	}

	/**
	 * The real matters of {@code demo/haixi-matters.csv} (provisions read from the law texts, see its SOURCES file),
	 * imported as an administrator would; each county bureau of 海西 enforces them county-wide, and some townships
	 * are empowered differently: 河西街道 and 河东街道 for urban management matters, 尕海镇 by delegation for
	 * agricultural ones, 格尔木's first sub-district for urban management and market matters.
	 */
	private void seedHaixiCatalogue() {
		try (InputStream in = new ClassPathResource("demo/haixi-matters.csv").getInputStream()) {
			ImportReport report = transfer.importFile("haixi-matters.csv", in.readAllBytes());
			log.info("Demo catalogue: {} matters imported", report.created());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		JurisdictionScope all = JurisdictionScope.nationwide();
		List<String> codes = catalog.matters().stream().map(Matter::code).filter(c -> c.startsWith("HX-")).toList();
		for (String county : DemoForce.BUREAUS.stream().map(DemoForce.Bureau::county).toList()) {
			long bureau = org(county + "-zhzf").id().value();
			for (String code : codes) {
				catalog.defineBoundary(code, DivisionCode.of(county), null, null, bureau, IN_FORCE_REFORM, null, all);
			}
		}
		empowerAll("632802001", codes, "HX-CG-", 5, EnforcementMode.EMPOWERED);
		empowerAll("632802002", codes, "HX-CG-", 3, EnforcementMode.EMPOWERED);
		empowerAll("632802100", codes, "HX-NY-", 3, EnforcementMode.DELEGATED);
		String golmud = regionOfFirstTownship("632801");
		empowerAll(golmud, codes, "HX-CG-", 4, EnforcementMode.EMPOWERED);
		empowerAll(golmud, codes, "HX-SJ-", 1, EnforcementMode.EMPOWERED);
	}

	private void empowerAll(String township, List<String> codes, String prefix, int count, EnforcementMode mode) {
		Organization government = org(township + "-gov");
		Organization bureau = org(township.substring(0, 6) + "-zhzf");
		boolean delegated = mode == EnforcementMode.DELEGATED;
		LegalInstrument instrument = delegated
				? new LegalInstrument("（演示）" + bureau.name() + "委托书第5号", LocalDate.of(2025, 1, 2), LocalDate.of(2027, 12, 31))
				: new LegalInstrument("（演示）青海省乡镇（街道）赋权决定第2号", LocalDate.of(2025, 1, 2), null);
		codes.stream().filter(c -> c.startsWith(prefix)).limit(count).forEach(code -> catalog.empower(
				DivisionCode.of(township), code, mode, government.id().value(),
				(delegated ? bureau : government).id().value(), instrument, LocalDate.of(2025, 2, 1),
				delegated ? LocalDate.of(2027, 12, 31) : null, JurisdictionScope.nationwide()));
	}

	private String regionOfFirstTownship(String county) {
		return organizations.visibleIn(JurisdictionScope.nationwide())
			.stream()
			.filter(o -> o.seat().value().startsWith(county) && o.seat().value().length() == 9)
			.map(o -> o.seat().value())
			.sorted()
			.findFirst()
			.orElseThrow();
	}

	private Organization org(String code) {
		return organizations.findByCode(code).orElseThrow();
	}
}
