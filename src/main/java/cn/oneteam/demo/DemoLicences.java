package cn.oneteam.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.LicenceView;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's 行政许可: licences of the demo subjects on 德令哈's townships from the two demo approval departments —
 * 德令哈市市场监督管理局 (食品经营许可证 to the restaurants, snack bars, supermarkets and department stores, 药品经营许可证
 * (零售) to some shops) and 德令哈市生态环境局 (排污许可证 to the chemical firms and filling stations) — five years each,
 * so that those issued before the end of 2021 have expired, and a few revoked. Generated from a fixed seed over
 * {@link DemoSubjects#csv()} and recorded one by one through {@link Licences} (source IMPORT), so that each licence and
 * revocation is in its subject's full-process record and LicenceRevoked is published, as for any other
 * (docs/adr/0019-subject-register.md, licences). Skipped when the demo licences exist.
 */
@Component
@Profile("demo")
@Order(38)
class DemoLicences implements DemoStep {

	static final String MARKET_CODE = "11632802MB015013XG";

	static final String MARKET_NAME = "德令哈市市场监督管理局";

	static final String ECOLOGY_CODE = "11632802MB01710458";

	static final String ECOLOGY_NAME = "德令哈市生态环境局";

	/** Revoked out of the licences still valid. */
	static final int REVOKED = 6;

	private static final long SEED = 20261208L;

	private static final String[] REVOCATION_REASONS = { "经营场所卫生条件不符合要求，经责令整改拒不改正",
			"以欺骗手段取得许可，依法撤销", "超范围经营，情节严重", "发生食品安全事故，依法吊销" };

	private static final Logger log = LoggerFactory.getLogger(DemoLicences.class);

	private final DemoSubjects demoSubjects;

	private final Subjects subjects;

	private final Licences licences;

	private final Accounts accounts;

	private final Organizations organizations;

	DemoLicences(DemoSubjects demoSubjects, Subjects subjects, Licences licences, Accounts accounts,
			Organizations organizations) {
		this.demoSubjects = demoSubjects;
		this.subjects = subjects;
		this.licences = licences;
		this.accounts = accounts;
		this.organizations = organizations;
	}

	/** One demo licence: the holder's code, kind, number, issuer and validity. */
	record Planned(String holderCode, String kind, String number, String issuerCode, String issuerName,
			LocalDate validFrom, LocalDate validUntil, String scope) {
	}

	@Override
	public void run(ApplicationArguments args) {
		ScopedPrincipal operator = ScopedPrincipal.nationwide(accounts.idOf("admin").orElseThrow(), "admin",
				organizations.findByCode("platform").orElseThrow().id().value());
		List<Planned> planned = plan();
		if (planned.isEmpty()) {
			return;
		}
		SystemActor.call(() -> {
			SubjectView first = subjects.byCode(planned.get(0).holderCode(), operator);
			if (!licences.ofSubject(first.id(), operator).isEmpty()) {
				return null;
			}
			long started = System.nanoTime();
			LocalDate today = LocalDate.now(ChinaTime.ZONE);
			Random random = new Random(SEED + 1);
			int revoked = 0;
			for (Planned p : planned) {
				SubjectView holder = subjects.byCode(p.holderCode(), operator);
				LicenceView licence = licences.record(holder.id(), new LicenceInputs.Licence(p.kind(), p.number(),
						p.issuerCode(), p.issuerName(), p.validFrom(), p.validUntil(), p.scope()), LicenceSource.IMPORT,
						operator);
				if (revoked < REVOKED && random.nextInt(20) == 0
						&& licence.standingOn(today) == LicenceView.Standing.VALID) {
					LocalDate on = today.minusDays(1 + random.nextInt(200));
					if (on.isBefore(p.validFrom())) {
						on = p.validFrom();
					}
					licences.revoke(licence.id(), new LicenceInputs.Revocation(on,
							REVOCATION_REASONS[random.nextInt(REVOCATION_REASONS.length)]), operator);
					revoked++;
				}
			}
			log.info("Demo licences recorded: {} ({} revoked) in {} ms", planned.size(), revoked,
					(System.nanoTime() - started) / 1_000_000);
			return null;
		});
	}

	/** The demo licences, the same for every start, in the order of the demo subjects. */
	List<Planned> plan() {
		Random random = new Random(SEED);
		List<Planned> planned = new java.util.ArrayList<>();
		int food = 0;
		int drug = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(new String(demoSubjects.csv(), StandardCharsets.UTF_8)),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord row : parser) {
				String division = row.get("division");
				String kind = row.get("kind");
				if (!division.startsWith(DemoData.DELINGHA.value()) || kind.equals("NATURAL_PERSON")) {
					continue;
				}
				String code = row.get("code");
				String industry = row.get("industry");
				LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365));
				LocalDate until = from.plusYears(5).minusDays(1);
				String township = division.substring(6, 9);
				switch (industry) {
					case "H6210", "H6291" -> planned.add(new Planned(code, "食品经营许可证", foodNumber(2, township, ++food),
							MARKET_CODE, MARKET_NAME, from, until, "热食类食品制售；冷食类食品制售"));
					case "F5211", "F5212" -> {
						planned.add(new Planned(code, "食品经营许可证", foodNumber(1, township, ++food), MARKET_CODE,
								MARKET_NAME, from, until, "预包装食品（含冷藏冷冻食品）销售；散装食品（不含冷藏冷冻食品）销售"));
						if (random.nextInt(4) == 0) {
							LocalDate drugFrom = from.plusDays(random.nextInt(365));
							planned.add(new Planned(code, "药品经营许可证", "青DB6328" + String.format("%03d", ++drug),
									MARKET_CODE, MARKET_NAME, drugFrom, drugFrom.plusYears(5).minusDays(1), "乙类非处方药"));
						}
					}
					case "C2613", "F5265" -> {
						if (kind.equals("LEGAL_PERSON")) {
							planned.add(new Planned(code, "排污许可证", code + "001" + (industry.startsWith("C") ? "P" : "Q"),
									ECOLOGY_CODE, ECOLOGY_NAME, from, until,
									industry.startsWith("C") ? "废水、废气污染物排放（重点管理）" : "油气回收废气排放（简化管理）"));
						}
					}
					default -> {
						// no licence from these two departments
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return planned;
	}

	/**
	 * A 食品经营许可证 number: JY, the kind of business (1 sales, 2 catering), the township's division (德令哈 632802 and
	 * the township's three digits, shortened to the county and two), a serial and a check digit (mod 10).
	 */
	private static String foodNumber(int business, String township, int serial) {
		String digits = business + "632802" + township.substring(1) + String.format("%04d", serial);
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
		}
		return "JY" + digits + (10 - sum % 10) % 10;
	}
}
