package cn.oneteam.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import cn.oneteam.catalog.Boundary;
import cn.oneteam.catalog.Empowerment;
import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.Matter;
import cn.oneteam.catalog.MatterKind;
import cn.oneteam.catalog.MatterLevel;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.catalog.StatutoryFine;
import cn.oneteam.catalog.internal.ResponsibilityIndex;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The resolver's lookup in its in-memory index (docs/adr/0054-responsibility-index.md), built by the index's own
 * builder from a synthetic province: 2,000 matters; 17 cities of 8 counties of 10 townships (1,360 townships), each
 * township empowered for 150 of the matters (one in ten of them 委托 with a term); a boundary for every matter in every
 * county (the county bureau). The lookups are random matters in random townships or villages, some outside any
 * empowerment, some before a matter's empowerment: answers, boundaries and gaps in realistic proportion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ResolverBenchmark {

	static final int MATTERS = 2_000, CITIES = 17, COUNTIES = 8, TOWNSHIPS = 10, EMPOWERED_PER_TOWNSHIP = 150;

	static final LocalDate DAY = LocalDate.of(2026, 11, 24);

	private ResponsibilityIndex index;

	private String[] matterCodes;

	private DivisionCode[] places;

	private LocalDate[] days;

	private int next;

	@Setup(Level.Trial)
	public void build() {
		Random random = new Random(18);
		long heapBefore = usedHeap();
		List<Matter> matters = new ArrayList<>();
		List<Empowerment> empowerments = new ArrayList<>();
		List<Boundary> boundaries = new ArrayList<>();
		List<Organization> organizations = new ArrayList<>();
		for (int m = 1; m <= MATTERS; m++) {
			matters.add(new Matter(m, code(m), EnforcementDomain.URBAN_MANAGEMENT, MatterKind.PENALTY, MatterLevel.COUNTY,
					List.of(new MatterVersion(1, "基准测试事项" + m, null, null, "《基准测试条例》", "第" + m + "条",
							Set.of(PenaltyKind.FINE), StatutoryFine.amount(null, new BigDecimal("500")),
							LocalDate.of(2020, 1, 1), null))));
		}
		List<DivisionCode> townships = new ArrayList<>();
		long id = 1;
		for (int c = 1; c <= CITIES; c++) {
			for (int k = 1; k <= COUNTIES; k++) {
				String county = String.format("41%02d%02d", c, k);
				long bureau = id++;
				organizations.add(organization(bureau, county + "-zhzf", OrganizationKind.ENFORCEMENT_BUREAU, county));
				for (int m = 1; m <= MATTERS; m++) {
					boundaries.add(new Boundary(id++, code(m), new DivisionCode(county), null, null, bureau,
							LocalDate.of(2020, 1, 1), null));
				}
				for (int t = 1; t <= TOWNSHIPS; t++) {
					String township = county + String.format("%03d", 100 + t);
					townships.add(new DivisionCode(township));
					long government = id++;
					organizations.add(organization(government, township + "-gov", OrganizationKind.TOWNSHIP_GOVERNMENT,
							township));
					Set<Integer> listed = new HashSet<>();
					for (int e = 0; e < EMPOWERED_PER_TOWNSHIP; e++) {
						int m = 1 + random.nextInt(MATTERS);
						if (!listed.add(m)) {
							continue; // one entry per matter and township, as the service keeps it
						}
						boolean delegated = e % 10 == 0;
						LocalDate from = LocalDate.of(2021 + random.nextInt(6), 1 + random.nextInt(12), 1);
						empowerments.add(new Empowerment(id++, new DivisionCode(township), code(m),
								delegated ? EnforcementMode.DELEGATED : EnforcementMode.EMPOWERED, government,
								delegated ? bureau : government,
								new LegalInstrument("豫政〔" + from.getYear() + "〕" + e + "号", from,
										delegated ? from.plusYears(5) : null),
								from, null));
					}
				}
			}
		}
		index = ResponsibilityIndex.of(matters, empowerments, boundaries, organizations);
		int n = 1 << 14;
		matterCodes = new String[n];
		places = new DivisionCode[n];
		days = new LocalDate[n];
		for (int i = 0; i < n; i++) {
			matterCodes[i] = code(1 + random.nextInt(MATTERS));
			DivisionCode township = townships.get(random.nextInt(townships.size()));
			places[i] = i % 4 == 0 ? new DivisionCode(township.value() + String.format("%03d", 1 + random.nextInt(20)))
					: township;
			days[i] = i % 8 == 0 ? LocalDate.of(2021, 6, 1) : DAY;
		}
		matters = null;
		empowerments = null;
		boundaries = null;
		organizations = null;
		System.out.printf("%nindex of the synthetic province: %s, %d townships; heap held by the index about %d MB%n",
				index.size(), townships.size(), (usedHeap() - heapBefore) / (1024 * 1024));
	}

	@Benchmark
	public List<Object> lookup() {
		int i = next++ & (matterCodes.length - 1);
		return index.candidates(matterCodes[i], places[i], days[i]);
	}

	private static String code(int m) {
		return String.format("BX-%05d", m);
	}

	private static Organization organization(long id, String code, OrganizationKind kind, String seat) {
		return new Organization(new OrganizationId(id), code, code, kind,
				kind == OrganizationKind.ENFORCEMENT_BUREAU ? BodyType.OWN_POWER : null, new DivisionCode(seat), null,
				List.of(new DivisionCode(seat)));
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
