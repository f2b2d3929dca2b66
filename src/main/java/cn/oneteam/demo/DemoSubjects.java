package cn.oneteam.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectImport;
import cn.oneteam.subject.SubjectImportReport;
import cn.oneteam.subject.Subjects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's 监管对象: about two thousand plausible subjects on the real townships of 德令哈 and 格尔木, every name
 * starting with （演示）, every code with valid check characters, generated from a fixed seed and stored through the
 * subject import (one COPY, one record entry; docs/adr/0019-subject-register.md). Skipped when demo subjects exist.
 */
@Component
@Profile("demo")
@Order(32) // before the demo cases, whose parties are subjects (docs/adr/0023-case-party-from-register.md)
class DemoSubjects implements DemoStep {

	/** The name mark of every demo subject. */
	static final String MARK = "（演示）";

	static final int ENTERPRISES = 2100;

	static final int INDIVIDUAL_BUSINESSES = 800;

	static final int COOPERATIVES = 50;

	static final int SOCIAL_ORGANISATIONS = 20;

	static final int INSTITUTIONS = 20;

	static final int NATURAL_PERSONS = 10;

	static final int TOTAL = ENTERPRISES + INDIVIDUAL_BUSINESSES + COOPERATIVES + SOCIAL_ORGANISATIONS + INSTITUTIONS
			+ NATURAL_PERSONS;

	private static final long SEED = 20261207L;

	private static final String[] BRANDS = { "柴达木", "巴音", "金峰", "祁连", "昆仑", "雪域", "格桑", "盐湖", "高原", "瀚海", "宏达",
			"鑫源", "瑞丰", "德顺", "天润", "福康", "安泰", "永盛", "兴旺", "青稞", "可鲁克", "托素", "尕海", "绿洲", "丝路", "海西", "聚源",
			"恒通", "蓝天", "锦程" };

	/** Trade, GB/T 4754-2017 industry code, and the name's ending for a company and for a 个体工商户. */
	private static final String[][] TRADES = { { "餐饮", "H6210", "餐饮有限公司", "饭馆" }, { "小吃", "H6291", "餐饮管理有限公司", "小吃店" },
			{ "超市", "F5212", "商贸有限公司", "便利店" }, { "百货", "F5211", "百货有限公司", "百货店" },
			{ "旅馆", "H6129", "酒店管理有限公司", "宾馆" }, { "加油", "F5265", "石油销售有限公司", "加油站" },
			{ "运输", "G5431", "物流有限公司", "货运部" }, { "修理", "O8111", "汽车服务有限公司", "汽修店" },
			{ "化工", "C2613", "化工有限公司", "化工经销部" }, { "建材", "F5165", "建材有限公司", "建材店" } };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "马", "赵", "韩", "才", "多", "杨", "祁", "冶", "索",
			"周" };

	private static final String[] GIVEN = { "建国", "海燕", "卓玛", "国庆", "永红", "德吉", "明", "芳", "志强", "秀兰", "文斌", "巴特尔",
			"才让", "玉梅", "伟" };

	private static final String[] ROADS = { "柴达木路", "昆仑路", "祁连路", "长江路", "黄河路", "团结路", "建设路", "河西路", "河东路", "光明路" };

	private static final Logger log = LoggerFactory.getLogger(DemoSubjects.class);

	private final Regions regions;

	private final Organizations organizations;

	private final Accounts accounts;

	private final Subjects subjects;

	private final SubjectImport importer;

	DemoSubjects(Regions regions, Organizations organizations, Accounts accounts, Subjects subjects,
			SubjectImport importer) {
		this.regions = regions;
		this.organizations = organizations;
		this.accounts = accounts;
		this.subjects = subjects;
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		ScopedPrincipal operator = ScopedPrincipal.nationwide(accounts.idOf("admin").orElseThrow(), "admin",
				organizations.findByCode("platform").orElseThrow().id().value());
		SystemActor.call(() -> {
			if (!subjects.byName(MARK, operator).isEmpty()) {
				return null;
			}
			long started = System.nanoTime();
			byte[] csv = csv();
			SubjectImportReport report = importer.importFile("demo-subjects.csv", SubjectImport.Format.CSV, csv,
					operator);
			log.info("Demo subjects loaded: {} (search 演示 at /subjects) in {} ms", report.stored(),
					(System.nanoTime() - started) / 1_000_000);
			return null;
		});
	}

	/** The demo subjects as an import file, the same for every start. */
	byte[] csv() {
		Random random = new Random(SEED);
		List<Division> townships = new ArrayList<>(regions.children(DemoData.DELINGHA));
		townships.addAll(regions.children(DemoData.GOLMUD));
		Set<String> codes = new HashSet<>();
		StringWriter out = new StringWriter(TOTAL * 200);
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(SubjectImport.COLUMNS.toArray(String[]::new)).get())) {
			for (int i = 0; i < TOTAL; i++) {
				Division township = townships.get(random.nextInt(townships.size()));
				String county = township.code().value().substring(0, 6);
				String city = regions.require(DivisionCode.of(county)).name();
				String brand = BRANDS[random.nextInt(BRANDS.length)];
				String[] trade = TRADES[random.nextInt(TRADES.length)];
				String person = person(random);
				String kind;
				String code;
				String name;
				String industry = trade[1];
				if (i < ENTERPRISES) {
					kind = "LEGAL_PERSON";
					code = credit("91", county, random, codes);
					name = city + brand + trade[2];
				}
				else if (i < ENTERPRISES + INDIVIDUAL_BUSINESSES) {
					kind = "INDIVIDUAL_BUSINESS";
					code = credit("92", county, random, codes);
					name = city + township.name() + brand + trade[3];
				}
				else if (i < ENTERPRISES + INDIVIDUAL_BUSINESSES + COOPERATIVES) {
					kind = "LEGAL_PERSON";
					code = credit("93", county, random, codes);
					name = city + township.name() + brand + "农牧民专业合作社";
					industry = "A0311";
				}
				else if (i < TOTAL - INSTITUTIONS - NATURAL_PERSONS) {
					kind = "LEGAL_PERSON";
					code = credit("52", county, random, codes);
					name = city + brand + "培训学校";
					industry = "P8391";
				}
				else if (i < TOTAL - NATURAL_PERSONS) {
					kind = "LEGAL_PERSON";
					code = credit("12", county, random, codes);
					name = city + township.name() + "卫生院";
					industry = "Q8423";
				}
				else {
					kind = "NATURAL_PERSON";
					code = idNumber(county, random, codes);
					name = person;
					industry = "";
				}
				String address = township.name() + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(199)) + "号";
				String status = random.nextInt(100) < 95 ? "ACTIVE" : "SUSPENDED";
				printer.printRecord(code, kind, MARK + name, township.code().value(), address,
						kind.equals("NATURAL_PERSON") ? "" : person, industry, status);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String person(Random random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
	}

	/** A fresh credit code: department and category, the county, an eight-digit organisation body. */
	private static String credit(String prefix, String county, Random random, Set<String> codes) {
		while (true) {
			String code = CreditCode.complete(prefix + county + String.format("%08d", random.nextInt(100_000_000)))
				.value();
			if (codes.add(code)) {
				return code;
			}
		}
	}

	/** A fresh 公民身份号码 of the county, born 1960–1999. */
	private static String idNumber(String county, Random random, Set<String> codes) {
		while (true) {
			LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1, 1).plusDays(random.nextInt(365));
			String code = IdNumber.complete(county + born.toString().replace("-", "")
					+ String.format("%03d", random.nextInt(1000))).value();
			if (codes.add(code)) {
				return code;
			}
		}
	}
}
